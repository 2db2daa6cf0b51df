import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { Database } from '../db/types'
import { createViewsHandler } from '../most-read/beacon'
import { hitRateLimit } from './rate-limit'

const HOUR = 3600_000
const T0 = Date.parse('2026-11-25T10:00:00Z')
const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/156 Mobile Safari/537.36'
const ARTICLES = ['/mexico/a', '/tech/b', '/sports/c']

/** Reader number `n` of a run: a distinct address each (198.18.0.0/15, the benchmarking range). */
const address = (n: number) => `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`

const rows = async (db: Database) =>
  Number((await db.query<{ n: number }>('SELECT count(*) AS n FROM rate_limit_hits')).rows[0]?.n)

for (const { kind, open } of testDatabases()) {
  describe(`rate_limit_hits stays bounded, on ${kind}`, () => {
    let db: Database & { dispose(): Promise<void> }
    before(async () => {
      db = await open()
    })
    after(() => db.dispose())

    it('holds about one window of buckets while thousands of new readers arrive hour after hour', async () => {
      // Every reader is new (a distinct address), as on a busy news site: each leaves a bucket per
      // address and article (lib/most-read/beacon.ts) that is never hit again.
      let now = T0
      const handle = createViewsHandler({
        db: async () => db,
        isArticle: (p) => ARTICLES.includes(p),
        secret: 'test',
        now: () => now,
      })
      const perHour = 750
      const hours = 4
      const counts: number[] = []
      for (let h = 0; h < hours; h++) {
        for (let i = 0; i < perHour; i++) {
          now = T0 + h * HOUR + Math.floor((i * HOUR) / perHour)
          const request = new Request('https://www.thenews.mx/api/views', {
            method: 'POST',
            headers: { 'user-agent': PHONE, 'x-forwarded-for': address(h * perHour + i) },
            body: ARTICLES[i % ARTICLES.length],
          })
          assert.equal((await handle(request)).status, 204)
        }
        counts.push(await rows(db))
      }
      assert.equal(counts.length, hours)
      // 3,000 distinct readers went by; the table holds at most the last hour's and the one before.
      for (const n of counts) assert.ok(n <= 2 * perHour, `rows after each hour: ${counts.join(', ')}`)
    })

    it('never drops a window that is still running, of any length', async () => {
      await db.query('DELETE FROM rate_limit_hits')
      const day = { limit: 3, windowSeconds: 24 * 3600 }
      const t = Date.parse('2026-11-26T00:00:10Z')
      for (let i = 0; i < 3; i++) assert.equal((await hitRateLimit(db, 'mail:x', day, t)).allowed, true)
      // Two hours of short-window traffic from other clients: their windows expire and are pruned.
      for (let i = 0; i < 2000; i++)
        await hitRateLimit(db, `short:${i}`, { limit: 5, windowSeconds: 600 }, t + Math.floor((i * 2 * HOUR) / 2000))
      assert.ok((await rows(db)) < 2000)
      // The day's count is still there: a fourth mail in the same day is refused.
      assert.equal((await hitRateLimit(db, 'mail:x', day, t + 3 * HOUR)).allowed, false)
      // The next day it has expired like the rest.
      assert.equal((await hitRateLimit(db, 'mail:x', day, t + 24 * HOUR)).allowed, true)
    })
  })
}
