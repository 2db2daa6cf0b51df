import { unstable_cache } from 'next/cache'
import { getDatabase } from '../db/database'
import { listUpdates } from './store'
import type { LiveUpdate } from './types'

// The updates posted to a live article, read from the database at most once per change: the read
// is cached under the article's tag, which the live API expires when it stores an update, so the
// page (static between updates) and the polling island's JSON pick it up on the next request.

/** The cache tag of one live article's posted updates. */
export const liveTag = (articleUrl: string) => `live:${articleUrl}`

const building = process.env.NEXT_PHASE === 'phase-production-build'

export async function getPostedUpdates(articleUrl: string): Promise<LiveUpdate[]> {
  // `next build` prerenders without a database (the page revalidates; lib/most-read/most-read.ts).
  if (building) return []
  return unstable_cache(
    async () => {
      try {
        return await listUpdates(await getDatabase(), articleUrl)
      } catch (e) {
        // Readers still get the file's updates when the database is down; the next request retries.
        console.error('[live]', (e as Error).message)
        throw e
      }
    },
    ['live-updates', articleUrl],
    { tags: [liveTag(articleUrl)], revalidate: 60 },
  )().catch(() => [])
}
