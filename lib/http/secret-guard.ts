import type { Queryable } from '../db/types'
import { hitRateLimit, overRateLimit, type RateLimit } from './rate-limit'
import { secretMatches } from './secrets'

// The preview and revalidation secrets could be guessed at ~350 tries a second. Failed attempts
// are now counted in the database, for all clients together (a per-client count would be keyed on
// an address the client can forge), so every server and serverless instance shares the count:
// past the limit, every attempt is refused until the window ends — the right secret too, so a
// guess that lands during the lockout learns nothing. The cost: an attacker can lock editors out of
// preview for one window (10 minutes), which is the better failure.

const SECRET_FAILURES: RateLimit = { limit: 20, windowSeconds: 600 }

export type SecretCheck =
  | { outcome: 'ok' }
  | { outcome: 'wrong' }
  | { outcome: 'throttled'; retryAfterSeconds: number }
  | { outcome: 'unavailable' }

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
    const { over, retryAfterSeconds } = await overRateLimit(db, bucket, limit, now)
    if (over) return { outcome: 'throttled', retryAfterSeconds }
  } catch (e) {
    // Without the count, guessing would be unthrottled: refuse rather than check.
    console.error(`[secrets] ${name}: failed attempts cannot be counted:`, (e as Error).message)
    return { outcome: 'unavailable' }
  }
  if (secretMatches(presented, configured)) return { outcome: 'ok' }
  await hitRateLimit(db, bucket, limit, now).catch(() => {})
  return { outcome: 'wrong' }
}
