import { allArticles, allAuthors, type Article } from 'contentlayer/generated'

// The only module that reads contentlayer's output. Everything else goes through lib/articles.ts.

/** Drafts show in `next dev` so editors can read them, and nowhere in a production build. */
export const includeDrafts = process.env.NODE_ENV !== 'production'

export function visibleArticleDocs(): Article[] {
  return allArticles.filter((a) => includeDrafts || !a.draft)
}

export const authorDocs = () => allAuthors
