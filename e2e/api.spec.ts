import { expect, test } from '@playwright/test'
import { publicArticles } from './lib/content'
import { E2E_SECRETS } from './lib/server-env'

const auth = { authorization: `Bearer ${E2E_SECRETS.revalidate}` }
const json = { 'content-type': 'application/json' }

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

  test('revalidates the paths and tags it is given', async ({ request }) => {
    const a = publicArticles[0]!
    const res = await request.post('/api/revalidate', {
      headers: { ...auth, ...json },
      data: { paths: [a.url, '/'], tags: ['most-read'] },
    })
    expect(res.status()).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ revalidated: true, paths: [a.url, '/'], tags: ['most-read'] })
    // The page is still served (from the cache, regenerated in the background).
    expect((await request.get(a.url)).status()).toBe(200)
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
