import { createHmac } from 'node:crypto'
import type { Queryable } from '../db/types'

export type RateLimit = { limit: number; windowSeconds: number }

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
  const windowMs = windowSeconds * 1000
  const start = Math.floor(now / windowMs) * windowMs
  await db.query('DELETE FROM rate_limit_hits WHERE bucket = $1 AND window_start < $2', [bucket, new Date(start)])
  const { rows } = await db.query<{ hits: number }>(
    `INSERT INTO rate_limit_hits (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
     RETURNING hits`,
    [bucket, new Date(start)],
  )
  const hits = Number(rows[0]?.hits ?? 1)
  return { allowed: hits <= limit, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) }
}

/** Parses "5/600" (5 attempts per 600 seconds). */
export function parseRateLimit(value: string | undefined, fallback: RateLimit): RateLimit {
  const m = value?.match(/^(\d+)\/(\d+)$/)
  return m ? { limit: Number(m[1]), windowSeconds: Math.max(1, Number(m[2])) } : fallback
}

/**
 * The client's address as the proxy in front of us reports it (Vercel and most load balancers set
 * X-Forwarded-For; its first entry is the client). With no proxy header every client shares one
 * bucket, which errs on the side of limiting.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || request.headers.get('x-real-ip')?.trim() || 'unknown'
}

/** A keyed hash of a client detail: what we store instead of the detail itself. */
export function keyedHash(secret: string, ...parts: string[]): string {
  return createHmac('sha256', secret).update(parts.join('\u0000')).digest('base64url')
}
