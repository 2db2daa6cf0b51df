import { allArticles, allAuthors, type Article } from 'contentlayer/generated'
import { isPublished } from './visibility'

// The only module that reads contentlayer's output. Everything else goes through lib/articles.ts.

/**
 * Drafts and future-dated articles show in `next dev` so editors can read them. In a production
 * build they show nowhere (pages, lists, feeds, sitemaps, search) until their time comes, except
 * to an editor in Draft Mode (app/api/preview).
 */
export const includeUnpublished = process.env.NODE_ENV !== 'production'

export function visibleArticleDocs(now = Date.now()): Article[] {
  return includeUnpublished ? allArticles : allArticles.filter((a) => isPublished(a, now))
}

/** Every article, drafts and scheduled ones included: for preview and for prebuilding routes. */
export const allArticleDocs = (): Article[] => allArticles

export const authorDocs = () => allAuthors
