import type { CDNInvalidationHandler } from '@opennextjs/aws/types/overrides'

// What OpenNext 4.1.12 hands a CDN invalidation, made fit for the CDN. It derives each path from a
// route cache key, and Next keys the home page as "/index" (its page path for "/"), so OpenNext's
// own `cloudfront` override would invalidate "/index" and never "/": the home page would keep
// what the CDN holds for its s-maxage. Also one entry per path (OpenNext repeats a page once for
// each of its tags that a publish expires). Used by the production override and the test's
// recorder alike, so the test sees the paths production sends.

type CDNPath = Parameters<CDNInvalidationHandler['invalidatePaths']>[0][number]

export function cdnPaths(paths: readonly CDNPath[]): CDNPath[] {
  const byPath = new Map<string, CDNPath>()
  for (const p of paths) {
    const home = p.initialPath === '/index'
    byPath.set(home ? '/' : p.initialPath, home ? { ...p, initialPath: '/', rawPath: '/' } : p)
  }
  return [...byPath.values()]
}
