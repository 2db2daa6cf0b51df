import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import articles from 'contentlayer/articles'
import authors from 'contentlayer/authors'
import build from 'contentlayer/build'
import pages from 'contentlayer/pages'
import problems from 'contentlayer/problems'
import searchIndex from 'contentlayer/search'
import type { SearchIndex } from '../search/types'
import type { ArticleMeta, AuthorMeta, StandardsPage } from './meta'
import type { ContentProblem } from './validate'

// The only module that reads the content index (lib/content/content-index.ts writes it from
// contentlayer's output). Everything else goes through lib/catalogue/ (cache.ts), which merges the
// articles published since the build over these (lib/catalogue/overlay.ts). Bodies are read one at
// a time by lib/content/bodies.ts.

/**
 * Drafts and future-dated articles show in `next dev` so editors can read them. In a production
 * build they show nowhere (pages, lists, feeds, sitemaps, search) until their time comes, except
 * to an editor in Draft Mode (app/api/preview).
 */
export const includeUnpublished = process.env.NODE_ENV !== 'production'

/** Every article the build has, drafts and scheduled ones included (lib/catalogue/cache.ts filters them). */
export const builtArticleDocs = (): readonly ArticleMeta[] => articles

/** When the content index was built (ms): published rows stored before it are superseded by it. */
export const builtAt = (): number => Date.parse(build.builtAt)

export const authorDocs = (): AuthorMeta[] => authors

/** The standards pages (content/pages), compiled bodies included. */
export const standardsPageDocs = (): StandardsPage[] => pages

/** The search index built with the content index (lib/search/build-index.ts). */
export const searchIndexData = (): SearchIndex => searchIndex

let texts: Buffer | undefined
/** Every article's plain text, packed (lib/search/texts.ts): read once per process, on first search. */
export function searchTexts(): Buffer {
  // Spelled out so the bundler's file tracing sees which file is read (next.config.js).
  return (texts ??= readFileSync(join(process.cwd(), '.contentlayer', 'search', 'texts.bin')))
}

/**
 * In `npm run dev`, the problems the content check found on the last save (the build's own
 * messages: file, field, fix), for the root layout to show in place of any page. Always empty in
 * a production build, which stops on any problem.
 */
export function contentProblems(): ContentProblem[] {
  return process.env.NODE_ENV === 'development' ? problems : []
}
