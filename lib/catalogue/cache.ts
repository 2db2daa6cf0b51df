import { cache } from 'react'
import type { SectionId } from '../../config/sections'
import type { ArticleMeta } from '../content/meta'
import { authorDocs, builtArticleDocs, builtAt, includeUnpublished } from '../content/source'
import { isPublished, nextPublication } from '../content/visibility'
import type { PublishedArticle } from '../publish/types'
import { foldRows, mergeArticles, overlaySource } from './overlay'
import { revalidateBy } from './revalidate-by'
import { collectTags, type TagSummary } from './tags'
import {
  byNewest,
  toArticleCard,
  toAuthorProfile,
  toCorrectionEntries,
  type ArticleCard,
  type AuthorProfile,
  type CorrectionEntry,
} from './view-models'

// The public articles as view models: the build's articles with those published since laid over
// them (overlay.ts), computed once per server process and again whenever a row arrives or a
// scheduled article's time comes (so it appears without a rebuild, through ISR). The rest of
// lib/catalogue/ reads articles through it.

export type Catalogue = {
  authors: Map<string, AuthorProfile>
  /** Every article, drafts and scheduled ones included: for preview and for prebuilding routes. */
  all: ArticleMeta[]
  /** Public documents by URL: one lookup per page instead of a scan of the archive. */
  docs: Map<string, ArticleMeta>
  cards: ArticleCard[]
  cardsByUrl: Map<string, ArticleCard>
  tags: TagSummary[]
  /** Every correction and clarification of a public article, newest first. */
  corrections: CorrectionEntry[]
  /** Published rows that win over the build, by URL (their body and search text). */
  published: Map<string, PublishedArticle>
  /** URLs withdrawn since the build, with the article as it last was (for its aliases). */
  withdrawn: Map<string, ArticleMeta>
  /** The newest row version this view includes (0: none); search results are cached under it. */
  version: number
  /** When the public set next changes (the earliest scheduled publication). */
  validUntil: number
}

let view: Catalogue | undefined
const rows = new Map<string, PublishedArticle>()
let seenVersion = 0
let failing = false
let inFlight: Promise<void> | undefined

const cardsByUrlOf = (cards: ArticleCard[]) => new Map(cards.map((c) => [c.url, c]))

/** The current view, as last refreshed; queries take it through `currentCatalogue()`. */
export function catalogue(now = Date.now()): Catalogue {
  if (!view || now >= view.validUntil) {
    const authors = view?.authors ?? new Map(authorDocs().map((d) => [d.id, toAuthorProfile(d)]))
    const { all, published, withdrawn } = mergeArticles(builtArticleDocs(), builtAt(), rows)
    const visible = includeUnpublished ? all : all.filter((a) => isPublished(a, now))
    const cards = visible.map((d) => toArticleCard(d, authors)).sort(byNewest)
    const cardsByUrl = cardsByUrlOf(cards)
    view = {
      authors,
      all,
      docs: new Map(visible.map((d) => [d.url, d])),
      cards,
      cardsByUrl,
      tags: collectTags(cards),
      corrections: toCorrectionEntries(visible, cardsByUrl),
      published,
      withdrawn,
      version: seenVersion,
      validUntil: nextPublication(all, now),
    }
  }
  return view
}

/**
 * Reads the rows published since the last one seen: one `latestVersion()` check, and the rows
 * themselves only when there are new ones. Concurrent callers share one check. None in `next build`
 * (the build is the files alone) nor before a source is set. A database error keeps the last view.
 */
export function refreshOverlay(): Promise<void> {
  const source = overlaySource()
  if (!source || process.env.NEXT_PHASE === 'phase-production-build') return Promise.resolve()
  inFlight ??= (async () => {
    try {
      const latest = await source.latestVersion()
      if (latest > seenVersion) {
        const since = await source.loadSince(seenVersion)
        foldRows(rows, since)
        seenVersion = Math.max(latest, ...since.map((r) => r.version))
        view = undefined
      }
      failing = false
    } catch (e) {
      // Once per outage, not once per page.
      if (!failing) console.error(`[publish] published articles unavailable, serving the last view: ${String(e)}`)
      failing = true
    }
  })().finally(() => (inFlight = undefined))
  return inFlight
}

let lastThrottledCheck = -Infinity

/**
 * refreshOverlay, at most once per `intervalMs` (performance.now(): a moved Date cannot stop it):
 * for callers on every reader's request (the proxy), so a flood of requests is not a flood of
 * database queries. Renders use `currentCatalogue()`, which always checks: a page regenerated
 * after a publish must not be cached from a view that predates it.
 */
export function refreshOverlayAtMostEvery(intervalMs: number): Promise<void> {
  const now = performance.now()
  if (now - lastThrottledCheck < intervalMs) return inFlight ?? Promise.resolve()
  lastThrottledCheck = now
  return refreshOverlay()
}

/**
 * The view for one render. Queries are async and all take this: within a request React's `cache()`
 * hands every query the same snapshot after one version check, so a page never mixes two versions
 * (sync accessors reading a module variable could change between two of them mid-render). Outside
 * a render (route handlers, tests) each call checks once.
 */
export const currentCatalogue = cache(async (): Promise<Catalogue> => {
  await refreshOverlay()
  const c = catalogue()
  // A page cached from this view must not outlive it: it expires when the next scheduled story is due.
  revalidateBy(c.validUntil)
  return c
})

/** A section's public articles, newest first. */
export function sectionCards(c: Catalogue, section: SectionId): ArticleCard[] {
  return c.cards.filter((a) => a.section.id === section)
}

/** An author's public articles, newest first. */
export function authorCards(c: Catalogue, author: AuthorProfile): ArticleCard[] {
  return c.cards.filter((a) => a.authors.some((b) => b.url === author.url))
}

/** A tag's public articles, newest first. */
export function tagCards(c: Catalogue, id: string): ArticleCard[] {
  return c.cards.filter((a) => a.tags.some((t) => t.id === id))
}

/** For tests: forget the rows and the view, as a new process would. */
export function resetCatalogue(): void {
  view = undefined
  rows.clear()
  seenVersion = 0
  failing = false
}
