import type { ArticleMetaFromSchema, AuthorMetaFromSchema, Frontmatter, IMAGE_FIELDS, PageMetaFromSchema } from './schema'

// What the site keeps in memory about each article: everything but the body. Bodies stay in one
// gzipped file per article (.contentlayer/bodies/{slug}.json.gz), read when a page needs one, so
// lists, feeds, sitemaps and search never load the archive's text (docs/performance.md).

export type ArticleImageMeta = Frontmatter<typeof IMAGE_FIELDS>

/** Derived from the schema (lib/content/schema.ts): the frontmatter resolved, plus computed fields. */
export type ArticleMeta = ArticleMetaFromSchema

export type ArticleBody = {
  /** The MDX source as written (pages and feeds render `code`: lib/syndication/feed-html.tsx). */
  raw: string
  /** The compiled MDX, evaluated on the server. */
  code: string
}

export type AuthorMeta = AuthorMetaFromSchema

export const BODIES_DIR = '.contentlayer/bodies'
export const bodyFileName = (slug: string) => `${slug}.json.gz`

/** A standards page (content/pages/{slug}.mdx): its fields and compiled body. */
export type StandardsPage = PageMetaFromSchema & { code: string }
