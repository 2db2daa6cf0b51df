import { unstable_cache } from 'next/cache'
import { getCardsByUrl, getLatestCards } from '../catalogue/queries'
import { getDatabase } from '../db/database'
import type { ArticleCard } from '../catalogue/view-models'
import { topViewed } from './views'

export const MOST_READ_SIZE = 10

export type MostRead = { items: ArticleCard[]; basedOnReads: boolean }

// `next build` prerenders every page without touching the database (the build may run where no
// database is reachable, and PGlite's folder must have one owner); pages then revalidate.
const building = process.env.NEXT_PHASE === 'phase-production-build'

/**
 * The last 24 hours' most viewed paths, from the database at most once a minute per server: the
 * pages showing it stay static and revalidate with it (ISR), instead of querying per request.
 */
const cachedTopPaths = unstable_cache(
  async (): Promise<string[]> => {
    if (building) return []
    try {
      return (await topViewed(await getDatabase(), { hours: 24, limit: MOST_READ_SIZE * 2 })).map((t) => t.path)
    } catch (e) {
      // Readers still get a list (the newest) when the database is down.
      console.error('[most-read]', e)
      return []
    }
  },
  ['most-read-24h'],
  { revalidate: 60, tags: ['most-read'] },
)

/** Top 10 over the last 24 hours, topped up with the newest stories when there are fewer reads. */
export async function getMostRead(): Promise<MostRead> {
  return rankMostRead(await cachedTopPaths())
}

export async function rankMostRead(paths: readonly string[]): Promise<MostRead> {
  // Only articles public now: a path read yesterday may belong to an article since withdrawn.
  const read = (await getCardsByUrl(paths)).slice(0, MOST_READ_SIZE)
  const seen = new Set(read.map((c) => c.url))
  const fill = (await getLatestCards(MOST_READ_SIZE * 2)).filter((c) => !seen.has(c.url))
  return { items: [...read, ...fill].slice(0, MOST_READ_SIZE), basedOnReads: read.length > 0 }
}
