import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external'

/**
 * Makes the page or route being rendered for the ISR cache go stale by `at` (the view's next
 * scheduled publication), if its own revalidate would keep it longer. Nothing runs at a scheduled
 * story's time: without this, a list cached a few seconds before it held the old set for the
 * route's full 60 s, and its `s-maxage` let a CDN keep it that long too (ADR 0019). Only in the
 * minute before a publication does a page get a shorter life.
 *
 * Next 16 has no public call for this outside `cacheComponents` (`cacheLife`); `unstable_cache`
 * lowers the same field, at the price of a cache read and write per render. This sets it as
 * Next's own segment config and `unstable_cache` do (`create-component-tree.js`,
 * `unstable-cache.js`): on the render's `prerender-legacy` store, never raising it. A request
 * rendered per reader (search, a preview) has another store and is left alone.
 */
export function revalidateBy(at: number, now = Date.now()): void {
  if (!Number.isFinite(at)) return
  const store = workUnitAsyncStorage.getStore()
  if (store?.type !== 'prerender-legacy') return
  // Next's revalidate is whole seconds, at least 1 (0 would make the page dynamic).
  const seconds = Math.max(1, Math.ceil((at - now) / 1000))
  if (store.revalidate > seconds) store.revalidate = seconds
}
