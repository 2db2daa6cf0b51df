import assert from 'node:assert/strict'
import { test } from 'node:test'
import { HttpError, readBodyText, readJsonBody } from './body'
import { safeLocalPath } from './paths'
import { clientAddress, parseRateLimit, trustedProxyHops } from './rate-limit'
import { bearerToken, secretMatches } from './secrets'

test('only paths on this site are safe to redirect to', () => {
  assert.equal(safeLocalPath('/mexico/a-story'), '/mexico/a-story')
  assert.equal(safeLocalPath('/search?q=agua'), '/search?q=agua')
  assert.equal(safeLocalPath('/mexico/../world/x'), '/world/x') // normalised, still on this site
  for (const bad of [
    '//evil.example',
    'https://evil.example/',
    '/\\evil.example',
    'mexico',
    '',
    '/a\r\nSet-Cookie: x',
    null,
    // Dot segments that normalise into a protocol-relative URL (found by the attacker's review).
    '/..//evil.example',
    '/.//evil.example',
    '/a/../..//evil.example/x',
    '/%2e%2e//evil.example',
  ]) {
    assert.equal(safeLocalPath(bad), null, String(bad))
  }
})

test('secrets compare only when configured, and bearer tokens are read strictly', () => {
  assert.equal(secretMatches('abc', 'abc'), true)
  assert.equal(secretMatches('abd', 'abc'), false)
  assert.equal(secretMatches('', ''), false)
  assert.equal(secretMatches('anything', undefined), false)
  assert.equal(secretMatches(null, 'abc'), false)
  assert.equal(bearerToken('Bearer abc'), 'abc')
  assert.equal(bearerToken('bearer  abc '), 'abc')
  assert.equal(bearerToken('Basic abc'), null)
  assert.equal(bearerToken('Bearer a b'), null)
  assert.equal(bearerToken(null), null)
})

const req = (body: string, type = 'application/json', headers: Record<string, string> = {}) =>
  new Request('http://x/', { method: 'POST', body, headers: { 'content-type': type, ...headers } })

test('bodies over the limit are refused whether or not Content-Length says so', async () => {
  assert.equal(await readBodyText(req('hello'), 10), 'hello')
  await assert.rejects(readBodyText(req('x'.repeat(11)), 10), (e: HttpError) => e.status === 413)
  const streamed = new Request('http://x/', {
    method: 'POST',
    body: new ReadableStream({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode('x'.repeat(10)))
        c.close()
      },
    }),
    duplex: 'half',
  } as RequestInit)
  await assert.rejects(readBodyText(streamed, 20), (e: HttpError) => e.status === 413)
  await assert.rejects(
    readBodyText(new Request('http://x/', { method: 'POST', body: new Uint8Array([0xff, 0xfe]) }), 10),
    (e: HttpError) => e.status === 400,
  )
})

test('JSON bodies: wrong type 415, empty or malformed 400', async () => {
  assert.deepEqual(await readJsonBody(req('{"a":1}'), 100), { a: 1 })
  await assert.rejects(readJsonBody(req('{}', 'text/plain'), 100), (e: HttpError) => e.status === 415)
  await assert.rejects(readJsonBody(req('  '), 100), (e: HttpError) => e.status === 400 && /empty/.test(e.message))
  await assert.rejects(readJsonBody(req('{"a":'), 100), (e: HttpError) => /Malformed JSON/.test(e.message))
})

test('rate limits are read as count/seconds', () => {
  assert.deepEqual(parseRateLimit('10/60', { limit: 5, windowSeconds: 600 }), { limit: 10, windowSeconds: 60 })
  assert.deepEqual(parseRateLimit('junk', { limit: 5, windowSeconds: 600 }), { limit: 5, windowSeconds: 600 })
  assert.deepEqual(parseRateLimit(undefined, { limit: 5, windowSeconds: 600 }), { limit: 5, windowSeconds: 600 })
})

test('the client address is taken from the right of X-Forwarded-For, past the trusted proxies only', () => {
  const req = (xff?: string) =>
    new Request('https://www.thenews.mx/', { headers: xff ? { 'x-forwarded-for': xff } : {} })
  // No proxy trusted: the peer the server saw (appended last by scripts/start.mjs).
  assert.equal(clientAddress(req('203.0.113.9'), 0), '203.0.113.9')
  assert.equal(clientAddress(req('1.2.3.4, 203.0.113.9'), 0), '203.0.113.9') // a forged prefix changes nothing
  assert.equal(clientAddress(req('5.6.7.8, 203.0.113.9'), 0), '203.0.113.9') // nor does rotating it
  // One proxy in front (it appended the client; the server saw the proxy).
  assert.equal(clientAddress(req('1.2.3.4, 198.51.100.7, 10.0.0.2'), 1), '198.51.100.7')
  assert.equal(clientAddress(req('10.0.0.2'), 3), '10.0.0.2') // fewer entries than hops: the leftmost
  assert.equal(clientAddress(req(), 0), 'unknown')
  assert.equal(trustedProxyHops(undefined), 0)
  assert.equal(trustedProxyHops('2'), 2)
  assert.throws(() => trustedProxyHops('one'), /TRUSTED_PROXY_HOPS/)
})
