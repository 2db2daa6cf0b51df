import type { IncrementalCache } from '@opennextjs/aws/types/overrides'

// On the Lambda a 404 is not kept in the ISR cache (S3, or its local stand-in), so random URLs do
// not fill the bucket with one object each (docs/decisions/0019, "Built: step 7"). OpenNext writes
// every render of an ISR route, a notFound() one included, where `next start` keeps a 404 in its
// bounded memory only. The entry is deleted instead: an article withdrawn since it was cached, or a
// scheduled one still a 404 after a revalidation, leaves no older entry behind to be served stale.
// Each request to a 404 renders it again; the 404 filter (lib/serverless/not-found-wrapper.ts)
// answers with the real 404 page.

type Stored = { meta?: { status?: number } }

export function withoutNotFound(cache: IncrementalCache): IncrementalCache {
  return {
    name: cache.name,
    get: (key, cacheType) => cache.get(key, cacheType),
    set: (key, value, cacheType) =>
      cacheType !== 'fetch' && (value as Stored).meta?.status === 404
        ? cache.delete(key)
        : cache.set(key, value, cacheType),
    delete: (key) => cache.delete(key),
  }
}
