import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Constant-time comparison of a presented secret with the configured one. Hashing first makes the
 * lengths equal, so the time taken says nothing about the secret's length either. An unset or
 * empty configured secret matches nothing: the feature it guards is off.
 */
export function secretMatches(presented: string | null | undefined, configured: string | undefined): boolean {
  if (!configured || presented == null) return false
  const a = createHash('sha256').update(presented).digest()
  const b = createHash('sha256').update(configured).digest()
  return timingSafeEqual(a, b)
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer[ ]+(\S+)\s*$/i)
  return match?.[1] ?? null
}
