/** A prebuild setting: unset, empty or "all" means no limit; otherwise a whole number. Invalid
 * values fail the build rather than silently prebuilding everything. */
function parseLimit(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  if (value.trim() === 'all') return Infinity
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be "all" or a whole number, not ${JSON.stringify(value)}`)
  return n
}

/**
 * PREBUILD_ARTICLES: how many of the newest public articles `next build` prerenders. Default
 * 1,000: a publish is a build, and prerendering a whole archive makes it grow with the archive
 * (measured: 510 s at 10,000 articles, 103 s with the newest 1,000; 124 and 80 s at 2,000). Older
 * articles render on their first request, then are cached like the rest (ISR); the sample site
 * and any archive of up to 1,000 are prerendered whole. "all" prerenders everything.
 */
const DEFAULT_PREBUILD_ARTICLES = 1000

export function prebuildLimit(value: string | undefined): number {
  return parseLimit('PREBUILD_ARTICLES', value, DEFAULT_PREBUILD_ARTICLES)
}

/**
 * PREBUILD_LIST_PAGES: how many pages of each archive (section, tag, author) `next build`
 * prerenders. Default 5 (the newest 25 stories of each): deeper pages are rarely read, were
 * 40 % of the pages built at 10,000 articles, and every list page is re-rendered a minute after
 * it is first requested anyway (revalidate = 60), so prebuilding them buys one faster request.
 */
export function listPagesLimit(value: string | undefined): number {
  return parseLimit('PREBUILD_LIST_PAGES', value, 5)
}

/** The archive pages to prerender besides page 1 (which lives at the archive's own URL). */
export function archivePageParams(pageCount: number, limit: number): string[] {
  const last = Math.min(pageCount, limit)
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => String(i + 2))
}

/**
 * The articles to prerender: the newest `limit` public ones, plus every unpublished one (drafts
 * and scheduled: few, and each must exist as a page that turns public when its time comes).
 */
export function selectPrebuilt<T>(publicNewestFirst: readonly T[], unpublished: readonly T[], limit: number): T[] {
  return [...publicNewestFirst.slice(0, limit), ...unpublished]
}
