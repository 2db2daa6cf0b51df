import { windowAt, type RateLimit } from './rate-limit'

/**
 * A fixed-window counter per client kept in this process's memory, for limits that protect this
 * process's own CPU (a search runs here, on this instance's cores): each instance counting its own
 * share is the point, so unlike the sign-up and secret limits it does not need the database, and
 * costs no query on the hottest uncached route. At most `maxClients` are tracked per window; past
 * that (an attacker rotating addresses), unseen clients share one bucket, so memory stays bounded
 * and the flood is still limited.
 */
export class MemoryRateLimiter {
  private windowStart = -1
  private readonly hits = new Map<string, number>()

  constructor(
    private readonly rule: RateLimit,
    private readonly maxClients = 10_000,
  ) {}

  hit(client: string, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } {
    const { start, retryAfterSeconds } = windowAt(now, this.rule.windowSeconds)
    if (start.getTime() !== this.windowStart) {
      this.windowStart = start.getTime()
      this.hits.clear()
    }
    const key = this.hits.has(client) || this.hits.size < this.maxClients ? client : '\u0000overflow'
    const count = (this.hits.get(key) ?? 0) + 1
    this.hits.set(key, count)
    return { allowed: count <= this.rule.limit, retryAfterSeconds }
  }
}
