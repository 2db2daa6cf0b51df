import assert from 'node:assert/strict'
import { test } from 'node:test'
import { signToken, verifyToken } from './token'

const now = Date.parse('2026-11-25T12:00:00Z')

test('a signed token round-trips for its purpose only', () => {
  const t = signToken('s3cret', { email: 'ana@example.com', purpose: 'confirm', expires: now + 1000 })
  assert.deepEqual(verifyToken('s3cret', t, 'confirm', now), {
    email: 'ana@example.com',
    purpose: 'confirm',
    expires: now + 1000,
  })
  assert.equal(verifyToken('s3cret', t, 'unsubscribe', now), null)
})

test('expired, forged, tampered and junk tokens are refused', () => {
  const t = signToken('s3cret', { email: 'ana@example.com', purpose: 'confirm', expires: now + 1000 })
  assert.equal(verifyToken('s3cret', t, 'confirm', now + 1001), null)
  assert.equal(verifyToken('other', t, 'confirm', now), null)
  const [body, mac] = t.split('.')
  const forged = Buffer.from(JSON.stringify({ e: 'eve@example.com', p: 'confirm', x: now + 1000 })).toString(
    'base64url',
  )
  assert.equal(verifyToken('s3cret', `${forged}.${mac}`, 'confirm', now), null)
  for (const junk of ['', '.', 'abc', `${body}.${mac}.x`, `${body}.`, null, 7, 'x'.repeat(5000)]) {
    assert.equal(verifyToken('s3cret', junk, 'confirm', now), null, String(junk))
  }
})

test('unsubscribe tokens do not expire', () => {
  const t = signToken('s3cret', { email: 'ana@example.com', purpose: 'unsubscribe' })
  assert.equal(verifyToken('s3cret', t, 'unsubscribe', now + 10 * 365 * 86_400_000)?.email, 'ana@example.com')
})
