import type { ArticleMeta } from '../content/meta'
import { tagId } from '../catalogue/tags'

// What a publish expires (docs/decisions/0019-publish-in-seconds.md, "What each publish expires"):
// every page that shows the article before or after, by path. `type: 'page'` entries are route
// patterns (every page of that route: the article shifts every list page after it).

export type PathToExpire = { path: string; type?: 'page' }

type Shown = Pick<ArticleMeta, 'url' | 'section' | 'tags' | 'authors' | 'corrections'>

/** The paths that show `before` (the article as the site had it) or `after` (as published). */
export function pathsToExpire(before: Shown | undefined, after: Shown | undefined): PathToExpire[] {
  const versions = [before, after].filter((v): v is Shown => v !== undefined)
  const paths = new Set<string>(['/', '/tags', '/feed.xml', '/sitemap.xml', '/news-sitemap.xml'])
  const patterns = new Set<string>([
    '/[section]/[slug]/updates/[page]',
    '/[section]/page/[page]',
    '/tags/[tag]/page/[page]',
    '/authors/[id]/page/[page]',
    '/sitemaps/[part]',
  ])
  for (const v of versions) {
    paths.add(v.url).add(`/lite${v.url}`).add(`/og${v.url}.png`)
    paths.add(`/${v.section}`).add(`/${v.section}/feed.xml`)
    for (const tag of v.tags) paths.add(`/tags/${tagId(tag)}`)
    for (const id of v.authors) paths.add(`/authors/${id}`)
  }
  const corrections = versions.map((v) => JSON.stringify(v.corrections))
  if (corrections.some((c) => c !== '[]') && corrections[0] !== corrections[1]) {
    paths.add('/corrections')
    patterns.add('/corrections/page/[page]')
  }
  return [
    ...[...paths].sort().map((path) => ({ path })),
    ...[...patterns].sort().map((path) => ({ path, type: 'page' as const })),
  ]
}
