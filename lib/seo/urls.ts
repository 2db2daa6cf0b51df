import type { ArticleView } from '../catalogue/view-models'

// The URLs the site hands to search engines, feed readers and social networks, in one place.

/** An absolute URL on the site for a site-relative path; absolute URLs pass through. */
export function absoluteUrl(origin: string, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${origin}${path.startsWith('/') ? '' : '/'}${path}`
}

/** The outlet's share card (app/og/default.png/route.tsx): for pages without an image of their own. */
export const DEFAULT_SHARE_IMAGE = '/og/default.png'

/** An article's own share card (app/og/[section]/[slug]/route.tsx), drawn from its headline. */
export const shareImagePath = (article: Pick<ArticleView, 'section' | 'slug'>) =>
  `/og/${article.section.id}/${article.slug}.png`
