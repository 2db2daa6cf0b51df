import type { ArticleType } from './types'

// What kind of journalism an article is. Readers see the label above the headline and on every
// card (news carries none: it is the default); search engines get the schema.org type beside
// NewsArticle. Editors write `type:` in the frontmatter; articles in the opinion section default to
// opinion, every other one to news (lib/content/schema.ts, articleType).
const ARTICLE_TYPES = [
  { id: 'news', label: 'News', schemaType: 'NewsArticle' },
  { id: 'analysis', label: 'Analysis', schemaType: 'AnalysisNewsArticle' },
  { id: 'opinion', label: 'Opinion', schemaType: 'OpinionNewsArticle' },
  { id: 'explainer', label: 'Explainer', schemaType: 'BackgroundNewsArticle' },
  // schema.org has no interview or obituary article type: NewsArticle alone says it.
  { id: 'interview', label: 'Interview', schemaType: 'NewsArticle' },
  { id: 'review', label: 'Review', schemaType: 'ReviewNewsArticle' },
  { id: 'obituary', label: 'Obituary', schemaType: 'NewsArticle' },
  { id: 'live', label: 'Live', schemaType: 'LiveBlogPosting' },
] as const satisfies readonly ArticleType[]

export type ArticleTypeId = (typeof ARTICLE_TYPES)[number]['id']

export const ARTICLE_TYPE_IDS: readonly ArticleTypeId[] = ARTICLE_TYPES.map((t) => t.id)

export function getArticleType(id: ArticleTypeId): (typeof ARTICLE_TYPES)[number] {
  return ARTICLE_TYPES.find((t) => t.id === id)!
}

/** The type an article has when its frontmatter names none. */
export function defaultArticleType(section: string): ArticleTypeId {
  return section === 'opinion' ? 'opinion' : 'news'
}
