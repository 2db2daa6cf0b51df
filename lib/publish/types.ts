// lib/publish/types.ts
import type { ArticleMeta } from '../content/meta'

/** An article as published through /api/publish: a row of `published_articles`. */
export type PublishedArticle = {
  /** '/{section}/{slug}' */
  url: string
  slug: string
  /** The same shape the content index holds for a built article (lib/content/meta.ts). */
  meta: ArticleMeta
  /** The MDX source as the editor wrote it (body only, no frontmatter). */
  raw: string
  /** Compiled by lib/publish/compile.ts: a function body run by lib/render/mdx.ts. */
  code: string
  /** The body as plain text, for search and snippets. */
  searchText: string
  state: 'published' | 'withdrawn'
  /** From a database sequence: larger is newer, across all articles. */
  version: number
  /** When it was stored (ISO 8601). */
  publishedAt: string
  /** SHA-256 (hex) of the file as sent. */
  sourceHash: string
}
