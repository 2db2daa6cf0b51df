import { createHmac } from 'node:crypto'
import type { Queryable } from '../db/types'

export type RateLimit = { limit: number; windowSeconds: number }

/** The fixed window `now` falls in, and the seconds until it ends. */
export function windowAt(now: number, windowSeconds: number): { start: Date; retryAfterSeconds: number } {
  const windowMs = windowSeconds * 1000
  const start = Math.floor(now / windowMs) * windowMs
  return { start: new Date(start), retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) }
}

/**
 * Expired rows removed by each count, of any bucket. Each count adds at most one row, so removing
 * up to this many keeps the table at about the rows of the windows still running: a bucket per new
 * reader (the most-read beacon's, per address and article) is never hit again to clear its own.
 */
export const PRUNE_PER_HIT = 4

/**
 * Counts one attempt for `bucket` in the current fixed window and says whether it is allowed.
 * Kept in the database so every server process (or serverless instance) shares the count.
 */
export async function hitRateLimit(
  db: Queryable,
  bucket: string,
  { limit, windowSeconds }: RateLimit,
  now = Date.now(),
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const { start, retryAfterSeconds } = windowAt(now, windowSeconds)
  const expires = new Date(start.getTime() + windowSeconds * 1000)
  // One statement (a few expired rows dropped as the current window is counted): a sign-up makes
  // several queries, and under page load each round trip waits its turn in the event loop. The
  // oldest expired rows by the index on expires_at, and SKIP LOCKED: concurrent counts on
  // PostgreSQL never wait for each other's pruning. A row still counting is never expired.
  const { rows } = await db.query<{ hits: number }>(
    `WITH gone AS (
       DELETE FROM rate_limit_hits WHERE (bucket, window_start) IN (
         SELECT bucket, window_start FROM rate_limit_hits WHERE expires_at <= $4
         ORDER BY expires_at LIMIT ${PRUNE_PER_HIT} FOR UPDATE SKIP LOCKED))
     INSERT INTO rate_limit_hits (bucket, window_start, hits, expires_at) VALUES ($1, $2, 1, $3)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
     RETURNING hits`,
    [bucket, start, expires, new Date(now)],
  )
  const hits = Number(rows[0]?.hits ?? 1)
  return { allowed: hits <= limit, retryAfterSeconds }
}

/** Whether `bucket` is already past its limit in the current window, without counting anything. */
export async function overRateLimit(
  db: Queryable,
  bucket: string,
  { limit, windowSeconds }: RateLimit,
  now = Date.now(),
): Promise<{ over: boolean; retryAfterSeconds: number }> {
  const { start, retryAfterSeconds } = windowAt(now, windowSeconds)
  const { rows } = await db.query<{ hits: number }>(
    'SELECT hits FROM rate_limit_hits WHERE bucket = $1 AND window_start = $2',
    [bucket, start],
  )
  return { over: Number(rows[0]?.hits ?? 0) >= limit, retryAfterSeconds }
}

/** Parses "5/600" (5 attempts per 600 seconds). */
export function parseRateLimit(value: string | undefined, fallback: RateLimit): RateLimit {
  const m = value?.match(/^(\d+)\/(\d+)$/)
  return m ? { limit: Number(m[1]), windowSeconds: Math.max(1, Number(m[2])) } : fallback
}

/**
 * How many proxies in front of the server append to X-Forwarded-For (TRUSTED_PROXY_HOPS): 0, the
 * default, trusts none. Anything else is a whole number; a bad value fails loudly at first use.
 */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  if (value === undefined || value.trim() === '') return 0
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 10)
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not ${JSON.stringify(value)}`)
  return n
}

/**
 * The client's address: X-Forwarded-For ends with the peer that connected to the server (our own
 * start script appends it, as does API Gateway on Lambda), and each trusted proxy in front appended
 * the address it saw, so the client is `hops` entries before the last. Entries further left were
 * written by the client and are never used: rotating or prefixing them changes nothing.
 */
export function clientAddress(request: Request, hops = trustedProxyHops()): string {
  const chain = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown'
}

/** A keyed hash of a client detail: what we store instead of the detail itself. */
export function keyedHash(secret: string, ...parts: string[]): string {
  return createHmac('sha256', secret).update(parts.join('\u0000')).digest('base64url')
}
