import { site } from './site'
import type { ArticleType } from './types'

// What kind of journalism an article is. Readers see the label above the headline and on every
// card (news carries none: it is the default); search engines get the schema.org type beside
// NewsArticle. Editors write `type:` in the frontmatter; articles in the opinion section default to
// opinion, every other one to news (lib/content/schema.ts, articleType).
const ARTICLE_TYPES = [
  { id: 'news', schemaType: 'NewsArticle' },
  { id: 'analysis', schemaType: 'AnalysisNewsArticle' },
  { id: 'opinion', schemaType: 'OpinionNewsArticle' },
  { id: 'explainer', schemaType: 'BackgroundNewsArticle' },
  // schema.org has no interview or obituary article type: NewsArticle alone says it.
  { id: 'interview', schemaType: 'NewsArticle' },
  { id: 'review', schemaType: 'ReviewNewsArticle' },
  { id: 'obituary', schemaType: 'NewsArticle' },
  { id: 'live', schemaType: 'LiveBlogPosting' },
] as const satisfies readonly ArticleType[]

export type ArticleTypeId = (typeof ARTICLE_TYPES)[number]['id']

export const ARTICLE_TYPE_IDS: readonly ArticleTypeId[] = ARTICLE_TYPES.map((t) => t.id)

export function getArticleType(id: ArticleTypeId): (typeof ARTICLE_TYPES)[number] & { label: string } {
  // ARTICLE_TYPES is exhaustive over ArticleTypeId, so the lookup cannot miss.
  return { ...ARTICLE_TYPES.find((t) => t.id === id)!, label: site.strings.article.types[id] }
}

/** The type an article has when its frontmatter names none. */
export function defaultArticleType(section: string): ArticleTypeId {
  return section === site.opinionSection ? 'opinion' : 'news'
}
