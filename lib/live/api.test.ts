import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { Database } from '../db/types'
import { refuseWithoutSecret } from './api'

const wrongToken = (address: string) =>
  new Request('https://www.thenews.mx/api/live/mexico/x', {
    method: 'POST',
    headers: { authorization: 'Bearer guess', 'x-forwarded-for': address },
  })

const buckets = async (db: Database) =>
  (await db.query<{ bucket: string }>('SELECT bucket FROM rate_limit_hits ORDER BY bucket')).rows.map((r) => r.bucket)

for (const { kind, open } of testDatabases()) {
  describe(`the live API's throttle stores no recoverable address, on ${kind}`, () => {
    // Two installations, each with the key it generated.
    let a: Database & { dispose(): Promise<void> }
    let b: Database & { dispose(): Promise<void> }
    const saved = process.env.LIVE_SECRET
    before(async () => {
      process.env.LIVE_SECRET = 'the-newsroom-token'
      a = await open()
      b = await open()
    })
    after(async () => {
      process.env.LIVE_SECRET = saved
      await a.dispose()
      await b.dispose()
    })

    it('counts wrong tokens per client under a keyed hash: the table alone does not give the address', async () => {
      for (const [db, address] of [
        [a, '203.0.113.66'],
        [a, '203.0.113.66'],
        [a, '203.0.113.67'],
        [b, '203.0.113.66'],
      ] as const) {
        const refused = await refuseWithoutSecret(wrongToken(address), { db: async () => db })
        assert.equal(refused?.status, 401)
      }
      const inA = await buckets(a)
      const inB = await buckets(b)
      // Per client: one bucket per address (the first counted twice), as before.
      assert.equal(inA.length, 2)
      assert.equal(inB.length, 1)
      // The same address under another installation's secret: another bucket. An unkeyed hash
      // would be the same everywhere, and anyone with the table could hash every IPv4 address.
      assert.ok(!inA.includes(inB[0]!), `${inB[0]} found in ${inA.join(', ')}`)
      // The attack itself, with what the source code says: hash each address of the range.
      const plain = (address: string, prefix: string) =>
        createHash('sha256').update(`${prefix}${address}`).digest('base64url').slice(0, 16)
      const candidates = Array.from({ length: 256 }, (_, i) => `203.0.113.${i}`)
      for (const bucket of [...inA, ...inB])
        for (const address of candidates)
          for (const prefix of ['', 'live\u0000'])
            assert.ok(!bucket.includes(plain(address, prefix)), `${bucket} gives away ${address}`)
    })
  })
}
