/**
 * A small in-process cache with a time to live and a size bound, oldest entry out first: search
 * results by normalised query, so a burst of the same search (or "Oaxaca", "  oaxaca " and
 * "OAXACA", which parse to the same terms) costs one search and one read of each result's body.
 * Entries live a minute, the time a scheduled story takes to appear anywhere else.
 */
export function createTtlCache<V>(maxEntries: number, ttlMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { value: V; expires: number }>()
  return {
    get(key: string): V | undefined {
      const hit = entries.get(key)
      if (!hit) return undefined
      if (hit.expires <= now()) {
        entries.delete(key)
        return undefined
      }
      return hit.value
    },
    set(key: string, value: V): void {
      entries.delete(key)
      entries.set(key, { value, expires: now() + ttlMs })
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
    get size() {
      return entries.size
    },
  }
}

/**
 * The search cache's key: the parsed terms (not the text typed: the page still shows each reader's
 * own words), the page of results, the version of the articles published since the build
 * (lib/catalogue/cache.ts): a publish is found at once, and when the view it was computed from
 * expires (its `validUntil`, the next scheduled story's time): a scheduled story is found from its
 * time, not a cache lifetime later, with no publish to change the version.
 */
export const searchCacheKey = (terms: readonly string[], page: number, version = 0, validUntil = Infinity) =>
  `${terms.join(' ')}\u0000${page}\u0000${version}\u0000${validUntil}`
