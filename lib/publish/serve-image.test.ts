import assert from 'node:assert/strict'
import { test } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import { serveStoredImage } from './serve-image'

// An image path is an address anyone can type: whatever it holds, the answer is the image or a
// 404, never the database's refusal dressed as an outage.

const names = ['x\u0000.jpg', 'x\u0001.jpg', 'x\u001f.jpg', 'x\u007f.jpg']

for (const { kind, open } of testDatabases()) {
  test(`${kind}: a control character in an image path is a 404, not a 503`, async () => {
    const db = await open()
    try {
      assert.ok(names.length > 0)
      for (const prefix of ['/images', '/renditions'] as const)
        for (const name of names) {
          const res = await serveStoredImage(
            new Request(`http://localhost${prefix}/mexico/x.jpg`),
            prefix,
            ['mexico', name],
            async () => db,
          )
          assert.equal(res.status, 404, `${prefix}/mexico/${JSON.stringify(name)}`)
          assert.equal(res.headers.get('cache-control'), 'no-store')
        }
      // The store itself still answers for a plain name (the check above did not just fail early).
      const plain = await serveStoredImage(
        new Request('http://localhost/images/mexico/x.jpg'),
        '/images',
        ['mexico', 'x.jpg'],
        async () => db,
      )
      assert.equal(plain.status, 404)
      assert.equal(await plain.text(), 'No image at this address.\n')
    } finally {
      await db.dispose()
    }
  })
}
