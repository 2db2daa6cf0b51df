import { allArticles, allAuthors, type Article } from 'contentlayer/generated'
import { isPublished } from './visibility'

// The only module that reads contentlayer's output. Everything else goes through lib/articles.ts.

/**
 * Drafts and future-dated articles show in `next dev` so editors can read them, and nowhere in a
 * production build: not on pages, lists, feeds, sitemaps or search.
 */
export const includeUnpublished = process.env.NODE_ENV !== 'production'

export function visibleArticleDocs(now = Date.now()): Article[] {
  return includeUnpublished ? allArticles : allArticles.filter((a) => isPublished(a, now))
}

export const authorDocs = () => allAuthors
