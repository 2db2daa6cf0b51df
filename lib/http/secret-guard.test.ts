import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { Database } from '../db/types'
import { checkSecret } from './secret-guard'

for (const { kind, open } of testDatabases()) {
  describe(`failed secret attempts are throttled, on ${kind}`, () => {
    let db: Database & { dispose(): Promise<void> }
    before(async () => {
      db = await open()
    })
    after(() => db.dispose())

    it('refuses every attempt, the right one too, once too many have failed, until the window ends', async () => {
      let now = Date.UTC(2026, 10, 29, 12, 0, 5)
      const deps = { db: async () => db, limit: { limit: 3, windowSeconds: 60 }, now: () => now }
      assert.deepEqual(await checkSecret('preview', 'right', 'right', deps), { outcome: 'ok' })
      for (let i = 0; i < 3; i++)
        assert.deepEqual(await checkSecret('preview', `guess${i}`, 'right', deps), { outcome: 'wrong' })
      assert.deepEqual(await checkSecret('preview', 'guess', 'right', deps), {
        outcome: 'throttled',
        retryAfterSeconds: 55,
      })
      assert.deepEqual(await checkSecret('preview', 'right', 'right', deps), {
        outcome: 'throttled',
        retryAfterSeconds: 55,
      })
      // Another secret has its own count.
      assert.deepEqual(await checkSecret('revalidate', 'right', 'right', deps), { outcome: 'ok' })
      now += 60_000
      assert.deepEqual(await checkSecret('preview', 'right', 'right', deps), { outcome: 'ok' })
    })

    it('refuses when failures cannot be counted, and never checks an unset secret', async () => {
      const down = { db: async () => Promise.reject(new Error('database down')) }
      assert.deepEqual(await checkSecret('preview', 'x', 'x', down), { outcome: 'unavailable' })
      assert.deepEqual(await checkSecret('preview', '', undefined, down), { outcome: 'wrong' })
    })
  })
}
