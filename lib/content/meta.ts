import type { SectionId } from '../../config/sections'

// What the site keeps in memory about each article: everything but the body. Bodies stay in one
// gzipped file per article (.contentlayer/bodies/{slug}.json.gz), read when a page needs one, so
// lists, feeds, sitemaps and search never load the archive's text (docs/performance.md).

export type ArticleImageMeta = { src: string; alt: string; caption?: string; credit?: string }

export type ArticleMeta = {
  slug: string
  url: string
  title: string
  summary: string
  section: SectionId
  authors: string[]
  tags: string[]
  draft: boolean
  image?: ArticleImageMeta
  /** UTC ISO instants resolved from the frontmatter (Mexico City time when no offset). */
  publishedAt: string
  updatedAt: string
  wordCount: number
  readingMinutes: number
  excerpt: string
}

export type ArticleBody = {
  /** The MDX source, for feeds (rendered to HTML) and search snippets. */
  raw: string
  /** The compiled MDX, evaluated on the server. */
  code: string
}

export type AuthorMeta = { id: string; name: string; role: string; bio: string; avatar?: string }

export const BODIES_DIR = '.contentlayer/bodies'
export const bodyFileName = (slug: string) => `${slug}.json.gz`
