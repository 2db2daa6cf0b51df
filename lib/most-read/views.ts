import type { Database } from '../db/types'
import { hitRateLimit, type RateLimit } from '../http/rate-limit'

/** New readers one client address may add to one article in an hour. */
export const READERS_PER_ADDRESS: RateLimit = { limit: 3, windowSeconds: 3600 }

const HOUR = 3600_000

export const hourOf = (t: number) => new Date(Math.floor(t / HOUR) * HOUR)

/**
 * Counts one view of an article, at most once per reader per article per hour: the reader is a
 * keyed hash (of address, browser and article, for this hour), inserted first; only a new row
 * counts. Both writes are one transaction. Returns whether the view counted.
 */
export async function recordView(
  db: Database,
  path: string,
  readerHash: string,
  now = Date.now(),
  /** The address's bucket: at most READERS_PER_ADDRESS new readers of one article per hour. */
  addressBucket?: string,
): Promise<boolean> {
  const hour = hourOf(now)
  return db.transaction(async (tx) => {
    const fresh = await tx.query(
      'INSERT INTO article_view_readers (reader_hash, hour) VALUES ($1, $2) ON CONFLICT (reader_hash) DO NOTHING RETURNING hour',
      [readerHash, hour],
    )
    if (fresh.rows.length === 0) return false
    // A household or an office shares an address; a script claiming a hundred browsers does too.
    if (addressBucket && !(await hitRateLimit(tx, addressBucket, READERS_PER_ADDRESS, now)).allowed) return false
    await tx.query(
      `INSERT INTO article_views_hourly (article_path, hour, views) VALUES ($1, $2, 1)
       ON CONFLICT (article_path, hour) DO UPDATE SET views = article_views_hourly.views + 1`,
      [path, hour],
    )
    return true
  })
}

/** Forgets reader hashes older than the hour before this one (they only guard the current hour). */
export async function pruneReaders(db: Database, now = Date.now()): Promise<void> {
  await db.query('DELETE FROM article_view_readers WHERE hour < $1', [new Date(hourOf(now).getTime() - HOUR)])
}

/** The most viewed article paths over the last `hours` hours (the current, partial hour included). */
export async function topViewed(
  db: Database,
  { hours = 24, limit = 10, now = Date.now() }: { hours?: number; limit?: number; now?: number } = {},
): Promise<{ path: string; views: number }[]> {
  const since = new Date(hourOf(now).getTime() - (hours - 1) * HOUR)
  const { rows } = await db.query<{ article_path: string; views: string | number }>(
    `SELECT article_path, sum(views) AS views FROM article_views_hourly
     WHERE hour >= $1 GROUP BY article_path ORDER BY sum(views) DESC, article_path LIMIT $2`,
    [since, limit],
  )
  return rows.map((r) => ({ path: r.article_path, views: Number(r.views) }))
}
