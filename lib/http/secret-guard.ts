import type { Queryable } from '../db/types'
import { hitRateLimit, type RateLimit } from './rate-limit'
import { secretMatches } from './secrets'

// The preview and revalidation secrets could be guessed at ~350 tries a second. Failed attempts
// are now counted in the database, for all clients together (a per-client count would be keyed on
// an address the client can forge), so every server and serverless instance shares the count:
// past the limit, every attempt is refused until the window ends — the right secret too, so a
// guess that lands during the lockout learns nothing. The cost: an attacker can lock editors out of
// preview for one window (10 minutes), which is the better failure.

export const SECRET_FAILURES: RateLimit = { limit: 20, windowSeconds: 600 }

export type SecretCheck =
  | { outcome: 'ok' }
  | { outcome: 'wrong' }
  | { outcome: 'throttled'; retryAfterSeconds: number }
  | { outcome: 'unavailable' }

async function failuresSoFar(db: Queryable, bucket: string, windowSeconds: number, now: number): Promise<number> {
  const windowMs = windowSeconds * 1000
  const start = new Date(Math.floor(now / windowMs) * windowMs)
  const { rows } = await db.query<{ hits: number }>(
    'SELECT hits FROM rate_limit_hits WHERE bucket = $1 AND window_start = $2',
    [bucket, start],
  )
  return Number(rows[0]?.hits ?? 0)
}

/** Checks a presented secret (constant time), refusing all attempts while too many have failed. */
export async function checkSecret(
  name: string,
  presented: string | null | undefined,
  configured: string | undefined,
  deps: { db: () => Promise<Queryable>; limit?: RateLimit; now?: () => number },
): Promise<SecretCheck> {
  if (!configured) return { outcome: 'wrong' } // the feature is off: nothing to guess
  const limit = deps.limit ?? SECRET_FAILURES
  const now = (deps.now ?? Date.now)()
  const bucket = `secret-failures:${name}`
  let db: Queryable
  try {
    db = await deps.db()
    if ((await failuresSoFar(db, bucket, limit.windowSeconds, now)) >= limit.limit) {
      const windowMs = limit.windowSeconds * 1000
      return { outcome: 'throttled', retryAfterSeconds: Math.ceil((windowMs - (now % windowMs)) / 1000) }
    }
  } catch (e) {
    // Without the count, guessing would be unthrottled: refuse rather than check.
    console.error(`[secrets] ${name}: failed attempts cannot be counted:`, (e as Error).message)
    return { outcome: 'unavailable' }
  }
  if (secretMatches(presented, configured)) return { outcome: 'ok' }
  await hitRateLimit(db, bucket, limit, now).catch(() => {})
  return { outcome: 'wrong' }
}
