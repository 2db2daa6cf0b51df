import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { Database } from '../db/types'
import { createViewsHandler, isBot, isPrefetch } from './beacon'
import { topViewed } from './views'

const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/156 Mobile Safari/537.36'
const ARTICLES = new Set(['/mexico/a', '/tech/b', '/sports/c'])
const T0 = Date.parse('2026-11-25T10:15:00Z')

function beacon(path: string, opts: { ip?: string; ua?: string; headers?: Record<string, string> } = {}) {
  return new Request('https://www.thenews.mx/api/views', {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': opts.ua ?? PHONE,
      'x-forwarded-for': opts.ip ?? '203.0.113.1',
      ...opts.headers,
    },
    body: path,
  })
}

for (const { kind, open } of testDatabases()) {
  describe(`page-view beacon on ${kind}`, () => {
    let db: Database & { dispose(): Promise<void> }
    let now = T0
    let handle: ReturnType<typeof createViewsHandler>
    before(async () => {
      db = await open()
      handle = createViewsHandler({ db: async () => db, isArticle: (p) => ARTICLES.has(p), now: () => now })
    })
    after(() => db.dispose())

    test('a burst from one address counts a few readers at most, however many browsers it claims', async () => {
      now = T0 - 10 * 24 * 3600_000 // a day of its own, before the other tests' window
      for (let i = 0; i < 100; i++) {
        const res = await handle(beacon('/sports/c', { ip: '198.51.100.50', ua: `${PHONE} build/${i}` }))
        assert.equal(res.status, 204)
      }
      // Another address still counts.
      await handle(beacon('/sports/c', { ip: '198.51.100.51' }))
      assert.deepEqual(await topViewed(db, { now }), [{ path: '/sports/c', views: 4 }])
      now = T0
    })

    test('one count per reader per article per hour; bots and prefetches never count', async () => {
      const send = async (path: string, opts?: Parameters<typeof beacon>[1]) =>
        (await handle(beacon(path, opts))).status
      assert.equal(await send('/mexico/a'), 204)
      assert.equal(await send('/mexico/a'), 204) // the same reader again: not counted
      assert.equal(await send('/mexico/a', { ip: '203.0.113.2' }), 204)
      assert.equal(await send('/mexico/a', { ua: `${PHONE} other` }), 204)
      assert.equal(await send('/tech/b'), 204)
      assert.equal(await send('/tech/b', { ua: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }), 204)
      assert.equal(await send('/tech/b', { ip: '203.0.113.9', headers: { 'sec-purpose': 'prefetch;prerender' } }), 204)
      assert.equal(await send('/tech/b', { ip: '203.0.113.8', ua: '' }), 204)
      assert.deepEqual(await topViewed(db, { now }), [
        { path: '/mexico/a', views: 3 },
        { path: '/tech/b', views: 1 },
      ])

      now = T0 + 3600_000 // the next hour: the same reader counts again
      assert.equal(await send('/tech/b'), 204)
      assert.equal(await send('/tech/b'), 204)
      assert.deepEqual(await topViewed(db, { now }), [
        { path: '/mexico/a', views: 3 },
        { path: '/tech/b', views: 2 },
      ])
      // 24 hours later the first hour has left the window.
      assert.deepEqual(await topViewed(db, { now: T0 + 24 * 3600_000 }), [{ path: '/tech/b', views: 1 }])
    })

    test('malformed beacons get a 4xx and count nothing', async () => {
      const before = await topViewed(db, { now })
      for (const [body, status] of [
        ['', 400],
        ['mexico/a', 400],
        ["/mexico/a'; DELETE FROM article_views_hourly; --", 400],
        ['/mexico/unknown', 404],
        ['/' + 'x'.repeat(600), 413],
      ] as const) {
        assert.equal((await handle(beacon(body, { ip: '198.51.100.1' }))).status, status, body.slice(0, 30))
      }
      assert.deepEqual(await topViewed(db, { now }), before)
    })
  })
}

test('bots, monitors and headless browsers are recognised by their user agent', () => {
  for (const ua of [
    'Googlebot/2.1',
    'facebookexternalhit/1.1',
    'HeadlessChrome/120',
    'curl/8.0',
    'Chrome-Lighthouse',
    null,
  ]) {
    assert.equal(isBot(ua), true, String(ua))
  }
  assert.equal(isBot(PHONE), false)
  assert.equal(isPrefetch(new Headers({ 'sec-purpose': 'prefetch' })), true)
  assert.equal(isPrefetch(new Headers({ purpose: 'prefetch' })), true)
  assert.equal(isPrefetch(new Headers({})), false)
})
