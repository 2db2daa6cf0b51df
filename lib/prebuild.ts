/**
 * PREBUILD_ARTICLES: how many of the newest public articles `next build` prerenders. Unset, empty
 * or "all" means every article (right for small archives); a number N prerenders the newest N and
 * renders older ones on their first request, after which they are cached like the rest (ISR).
 * Invalid values fail the build rather than silently prebuilding everything.
 */
export function prebuildLimit(value: string | undefined): number {
  if (value === undefined || value.trim() === '' || value.trim() === 'all') return Infinity
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`PREBUILD_ARTICLES must be "all" or a whole number of articles, not ${JSON.stringify(value)}`)
  }
  return n
}

/**
 * The articles to prerender: the newest `limit` public ones, plus every unpublished one (drafts
 * and scheduled: few, and each must exist as a page that turns public when its time comes).
 */
export function selectPrebuilt<T>(publicNewestFirst: readonly T[], unpublished: readonly T[], limit: number): T[] {
  return [...publicNewestFirst.slice(0, limit), ...unpublished]
}
