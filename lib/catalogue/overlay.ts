import type { ArticleMeta } from '../content/meta'
import type { PublishedArticle } from '../publish/types'

// The articles published since the build (/api/publish, rows of `published_articles`), laid over
// the build's own (docs/decisions/0019-publish-in-seconds.md, design A). This file holds the rule;
// lib/catalogue/cache.ts reads the rows and keeps the merged view.

/** Where the published rows come from: the database in a server, an array in tests. */
export type OverlaySource = {
  /** The largest `version` stored (0 when none): one cheap query per use of the view. */
  latestVersion(): Promise<number>
  /** Every row with `version` above this one, in any order. */
  loadSince(version: number): Promise<PublishedArticle[]>
}

// On globalThis, not in this module: Next bundles the server start (instrumentation.ts), the proxy
// and the routes apart, each with its own copy of this module, and all must see the source.
const holder = globalThis as typeof globalThis & { __thenewsOverlaySource?: OverlaySource }

/** Set once at server start; until then (and in `next build`) the overlay is empty. */
export function setOverlaySource(source: OverlaySource | undefined): void {
  holder.__thenewsOverlaySource = source
}

export const overlaySource = (): OverlaySource | undefined => holder.__thenewsOverlaySource

/** Keeps the newest row of each URL: `rows` folded into `latest` (read in batches since a version). */
export function foldRows(latest: Map<string, PublishedArticle>, rows: readonly PublishedArticle[]): void {
  for (const row of rows) {
    const held = latest.get(row.url)
    if (!held || row.version > held.version) latest.set(row.url, row)
  }
}

export type MergedArticles = {
  /** The build's articles with the rows that win applied: drafts and scheduled ones included. */
  all: ArticleMeta[]
  /** The rows that win and are published, by URL: their bodies and search text come from the row. */
  published: Map<string, PublishedArticle>
  /**
   * URLs withdrawn by a row that wins, with the article as it last was: gone from everything, and
   * answerable as withdrawn (410), its aliases too (lib/http/not-found-filter.ts).
   */
  withdrawn: Map<string, ArticleMeta>
}

/**
 * A row wins for its URL when it was stored after the build (`publishedAt > builtAt`) or the build
 * lacks the URL; otherwise a rebuild has folded it back into the files and the file wins (a rebuild
 * is a reset). A winning row replaces the built article, adds a new one, or, withdrawn, removes it.
 */
export function mergeArticles(
  built: readonly ArticleMeta[],
  builtAt: number,
  rows: ReadonlyMap<string, PublishedArticle>,
): MergedArticles {
  const builtUrls = new Set(built.map((d) => d.url))
  const published = new Map<string, PublishedArticle>()
  const withdrawn = new Map<string, ArticleMeta>()
  for (const row of rows.values()) {
    if (builtUrls.has(row.url) && !(Date.parse(row.publishedAt) > builtAt)) continue
    if (row.state === 'withdrawn') withdrawn.set(row.url, row.meta)
    else published.set(row.url, row)
  }
  if (published.size === 0 && withdrawn.size === 0) return { all: [...built], published, withdrawn }
  const all = built.filter((d) => !withdrawn.has(d.url) && !published.has(d.url))
  for (const row of published.values()) all.push(row.meta)
  return { all, published, withdrawn }
}
