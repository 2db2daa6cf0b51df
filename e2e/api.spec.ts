import { expect, test, type Page } from '@playwright/test'
import { byNewest, publicArticles } from './lib/content'
import { startIsolatedServer } from './lib/isolated-server'
import { E2E_SECRETS } from './lib/server-env'

const auth = { authorization: `Bearer ${E2E_SECRETS.revalidate}` }
const json = { 'content-type': 'application/json' }
const READER_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/156 Mobile Safari/537.36'
const mostRead = (page: Page) => page.getByRole('region', { name: 'Most read' }).getByRole('listitem')

test.describe('POST /api/revalidate', () => {
  test('refuses a missing or wrong bearer token with 401', async ({ request }) => {
    for (const headers of [
      json,
      { ...json, authorization: 'Bearer wrong' },
      { ...json, authorization: E2E_SECRETS.revalidate },
    ]) {
      const res = await request.post('/api/revalidate', { headers, data: { paths: ['/'] } })
      expect(res.status()).toBe(401)
      expect(res.headers()['www-authenticate']).toBe('Bearer')
      expect((await res.json()).error).toBe('Missing or wrong bearer token.')
    }
  })

  test('answers bad bodies with 4xx and a message saying what is wrong', async ({ request }) => {
    const cases: [string, string, number, RegExp][] = [
      ['{"paths": [', 'application/json', 400, /Malformed JSON/],
      ['', 'application/json', 400, /empty/],
      ['paths=/', 'application/x-www-form-urlencoded', 415, /JSON/],
      ['[]', 'application/json', 400, /JSON object/],
      ['{}', 'application/json', 400, /Nothing to revalidate/],
      ['{"paths": "/"}', 'application/json', 400, /"paths" must be an array of strings/],
      ['{"paths": ["https://evil.example/"]}', 'application/json', 400, /Not a path on this site/],
      ['{"tags": ["a b"]}', 'application/json', 400, /Not a valid tag/],
      ['{"pathz": ["/"]}', 'application/json', 400, /Unknown field\(s\): pathz/],
      [
        JSON.stringify({ paths: Array.from({ length: 4000 }, (_, i) => `/p${i}`) }),
        'application/json',
        413,
        /too large/,
      ],
    ]
    for (const [data, type, status, message] of cases) {
      // A Buffer goes on the wire as is (a string would be JSON-encoded by Playwright).
      const res = await request.post('/api/revalidate', {
        headers: { ...auth, 'content-type': type },
        data: Buffer.from(data),
      })
      expect(res.status(), data.slice(0, 40)).toBe(status)
      expect((await res.json()).error).toMatch(message)
    }
  })

  test('takes only POST', async ({ request }) => {
    const res = await request.get('/api/revalidate')
    expect(res.status()).toBe(405)
    expect(res.headers()['allow']).toBe('POST')
  })

  test('revalidates the paths and tags it is given: a cached page changes when, and only when, told', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    // A server of its own (own copy of the build, fresh database): no other test's reads or
    // revalidations can change the list watched here.
    const server = await startIsolatedServer(3341, { REVALIDATE_SECRET: E2E_SECRETS.revalidate })
    const url = (path: string) => server.baseURL + path
    const topOfMostRead = async () => {
      const res = await page.goto(url('/'))
      return { cache: res?.headers()['x-nextjs-cache'], top: await mostRead(page).first().textContent() }
    }
    try {
      // The oldest story: with no reads yet, the list is the newest stories, and it is not among them.
      const oldest = [...publicArticles].sort(byNewest).at(-1)!
      // Past the page's and the list's minute of freshness (the server's clock only), so the next
      // request regenerates the home page from this server's database; then it is fresh for a minute.
      await server.setClock(Date.now() + 120_000)
      // Settled: two HITs in a row. A first HIT can be a page whose render read the list while its
      // own entry was still stale, which regenerates once more in the background (seen in CI).
      await expect
        .poll(async () => [(await topOfMostRead()).cache, (await topOfMostRead()).cache].join(), { timeout: 30_000 })
        .toBe('HIT,HIT')
      const fresh = Date.now()
      expect((await topOfMostRead()).top).not.toBe(oldest.title)

      // A reader reads the oldest story: stored, but the cached page does not change by itself.
      const view = await fetch(url('/api/views'), {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'user-agent': READER_UA, 'x-forwarded-for': '203.0.113.9' },
        body: oldest.url,
      })
      expect(view.status).toBe(204)
      expect(await topOfMostRead()).toEqual({ cache: 'HIT', top: expect.not.stringContaining(oldest.title) })

      const res = await fetch(url('/api/revalidate'), {
        method: 'POST',
        headers: { ...auth, ...json },
        body: JSON.stringify({ paths: ['/'], tags: ['most-read'] }),
      })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ revalidated: true, paths: ['/'], tags: ['most-read'] })
      // The page is regenerated with the list read again: the oldest story now tops it.
      await expect.poll(async () => (await topOfMostRead()).top, { timeout: 20_000 }).toBe(oldest.title)
      // …within the minute the page and the list were fresh for: only the call can have done it.
      expect(Date.now() - fresh).toBeLessThan(55_000)
    } finally {
      await server.stop()
    }
  })
})

test.describe('POST /api/views', () => {
  test('answers malformed beacons with 4xx and counts nothing it should not', async ({ request }) => {
    const post = (data: string) => request.post('/api/views', { data, headers: { 'content-type': 'text/plain' } })
    expect((await post('not a path')).status()).toBe(400)
    expect((await post("/mexico/x' OR 1=1 --")).status()).toBe(400)
    expect((await post('/mexico/no-such-article')).status()).toBe(404)
    expect((await post('/x/' + 'a'.repeat(1000))).status()).toBe(413)
    expect((await request.get('/api/views')).status()).toBe(405)
  })
})
