import type { Catalogue } from '../catalogue/cache'
import { SHORT_CACHE, withdrawnPageHtml } from './withdrawn-page'

// The 404 filter (docs/decisions/0019-publish-in-seconds.md, "No proxy on the reader's path"):
// nothing runs before a page; only a 404 to a GET or HEAD of an HTML page is looked at, after Next
// answered it, by the server around Next (scripts/start.mjs on `npm start`, the OpenNext wrapper
// lib/serverless/not-found-wrapper.ts on the Lambda). A cached 200 never reaches it. The filter
// discards Next's body (under a dynamic segment Next 16.4's notFound() sends an empty
// `__next_error__` shell, vercel/next.js #62228) and answers from the merged view of the articles:
// - a withdrawn article, its lite twin or one of its aliases: 410 and the short withdrawn page;
// - an alias of a public article (frontmatter `aliases`, published ones included): 308 to it;
// - anything else: the prerendered 404 page, a full page with header and footer.

/** What the server sends instead of Next's 404. */
export type FilterAnswer = { status: 308 | 404 | 405 | 410; headers: Record<string, string>; body: string }

/**
 * Registered by the app when the server starts (lib/http/register-not-found-filter.ts), called by
 * the server around Next with the request's path and query. Null: leave Next's answer as it is.
 */
export type NotFoundFilter = (url: string) => Promise<FilterAnswer | null>

// On globalThis: the server around Next is not part of Next's bundles (start.mjs is plain Node,
// the wrapper is bundled apart by OpenNext), so this is the one place both sides share.
const holder = globalThis as typeof globalThis & { __thenewsNotFoundFilter?: NotFoundFilter }

export function setNotFoundFilter(filter: NotFoundFilter | undefined): void {
  holder.__thenewsNotFoundFilter = filter
}

export const notFoundFilter = (): NotFoundFilter | undefined => holder.__thenewsNotFoundFilter

type PathState = { kind: 'alias'; to: string } | { kind: 'withdrawn' }

// One index per view: the view object is replaced whenever a row arrives or a scheduled time comes.
const indexes = new WeakMap<Catalogue, Map<string, PathState>>()

/** The paths that are not pages but are answered as more than "not found", in one view. */
export function pathStates(view: Catalogue): Map<string, PathState> {
  let index = indexes.get(view)
  if (index) return index
  index = new Map()
  const withdrawn: PathState = { kind: 'withdrawn' }
  for (const [url, meta] of view.withdrawn)
    for (const path of [url, ...meta.aliases]) {
      index.set(path, withdrawn)
      index.set(`/lite${path}`, withdrawn)
    }
  // After the withdrawn ones: a public article that took over a withdrawn address as its alias wins.
  // Public only: a draft's or a scheduled story's alias would give its address away in Location.
  for (const doc of view.docs.values())
    for (const alias of doc.aliases) {
      index.set(alias, { kind: 'alias', to: doc.url })
      index.set(`/lite${alias}`, { kind: 'alias', to: `/lite${doc.url}` })
    }
  indexes.set(view, index)
  return index
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/**
 * The answer to a 404 at `url` (path and query) in this view. `notFoundHtml`: the prerendered 404
 * page, null when it cannot be read (then a plain 404 stays Next's own answer: null).
 */
export function answerNotFound(url: string, view: Catalogue, notFoundHtml: string | null): FilterAnswer | null {
  const q = url.indexOf('?')
  const path = q < 0 ? url : url.slice(0, q)
  const query = q < 0 ? '' : url.slice(q)
  const index = pathStates(view)
  const state = index.get(path) ?? index.get(decoded(path))
  const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': SHORT_CACHE }
  // A permanent redirect, but kept a minute only: the article can be withdrawn, the alias moved.
  if (state?.kind === 'alias')
    return { status: 308, headers: { location: `${state.to}${query}`, 'cache-control': SHORT_CACHE }, body: '' }
  if (state?.kind === 'withdrawn') return { status: 410, headers: html, body: withdrawnPageHtml() }
  return notFoundHtml === null ? null : { status: 404, headers: html, body: notFoundHtml }
}

/**
 * Pages and files answer GET and HEAD only: anything else is a 405 before a byte of its body is
 * read or a page rendered (Next would render the page for a POST). The API answers for itself.
 * scripts/start.mjs has the same compare in plain JavaScript.
 */
export function methodRefusal(method: string, path: string): FilterAnswer | null {
  if (method === 'GET' || method === 'HEAD' || path.startsWith('/api/')) return null
  return {
    status: 405,
    headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    body: `${method} is not allowed here: this address answers GET and HEAD.\n`,
  }
}

/** Whether a 404 is one the filter answers: a GET or HEAD of an HTML page, not the API's. */
export function filtersResponse(method: string, path: string, contentType: string): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    !path.startsWith('/api/') &&
    !path.startsWith('/_next/') &&
    (contentType === '' || contentType.startsWith('text/html'))
  )
}
