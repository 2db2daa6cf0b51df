import type { ArticleMeta } from '../../lib/content/meta'
import type { PublishedArticle } from '../../lib/publish/types'
import type { OverlaySource } from '../../lib/catalogue/overlay'

// For the merged view's tests (lib/catalogue/overlay.test.ts): an OverlaySource held
// in memory, as the database-backed one answers, and rows made from a built article's metadata.

export type MemorySource = OverlaySource & {
  rows: PublishedArticle[]
  /** The `version` each loadSince() was asked for, in order. */
  loads: number[]
  /** While set, every call fails as a database that is down does. */
  down: boolean
}

export function memorySource(rows: PublishedArticle[] = []): MemorySource {
  const source: MemorySource = {
    rows,
    loads: [],
    down: false,
    async latestVersion() {
      if (source.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
      return source.rows.reduce((max, r) => Math.max(max, r.version), 0)
    },
    async loadSince(version) {
      if (source.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
      source.loads.push(version)
      return source.rows.filter((r) => r.version > version)
    },
  }
  return source
}

/** A published row: `meta` as the publish endpoint stores it, the rest filled in. */
export function row(
  meta: ArticleMeta,
  over: Partial<Omit<PublishedArticle, 'meta'>> & Pick<PublishedArticle, 'version' | 'publishedAt'>,
): PublishedArticle {
  return {
    url: meta.url,
    slug: meta.slug,
    meta,
    raw: 'A body.',
    code: 'return {}',
    searchText: 'A body.',
    state: 'published',
    sourceHash: '0'.repeat(64),
    ...over,
  }
}
