import { request as httpRequest } from 'node:http'
import { expect, test } from '@playwright/test'
import { publicArticles } from './lib/content'

const article = publicArticles[0]!

// What an attacker's review sent (docs/security.md): every answer a 4xx with a message or the real
// 404 page, never a 500.
const malformed = [
  '/%FF',
  '/mexico/%FF',
  '/mexico/%',
  '/tags/%FF',
  '/authors/%FF',
  '/mexico/page/%FF',
  '/og/mexico/%FF.png',
  '/sitemaps/%FF.xml',
  // A NUL reached the image store's query, which the database refused: a 503 "not reachable".
  '/images/mexico/x%00.jpg',
  '/renditions/mexico/x%00-16x9.jpg',
]

for (const path of malformed)
  test(`${path}: a 4xx, never a 500`, async ({ request }) => {
    const res = await request.get(path)
    expect(res.status()).toBeGreaterThanOrEqual(400)
    expect(res.status()).toBeLessThan(500)
  })

for (const path of [article.url, '/search?q=water', '/', '/mexico', '/feed.xml'])
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'])
    test(`${method} ${path}: 405, only GET and HEAD`, async ({ request }) => {
      const res = await request.fetch(path, { method, data: 'x=1' })
      expect(res.status()).toBe(405)
      expect(res.headers()['allow']).toBe('GET, HEAD')
      expect(await res.text()).toContain('GET and HEAD')
    })

/** A request with its path sent as written: Playwright's client resolves `..` before sending. */
function rawRequest(baseURL: string, method: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, method, path }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end('x=1')
  })
}

// The API answers its own methods; a page dressed as an API path (dot segments, encoded or not)
// is still a page, which Next routes once the dots are resolved.
for (const path of [
  `/api/..${article.url}`,
  `/api/%2e%2e${article.url}`,
  `/api/.%2E${article.url}`,
  `/api\\..${article.url}`,
])
  test(`POST ${path}: 405, the page is not rendered`, async ({ baseURL }) => {
    const res = await rawRequest(baseURL!, 'POST', path)
    expect(res.status).toBe(405)
    expect(res.body).toContain('GET and HEAD')
  })

/**
 * A POST declaring `declared` bytes of which only the first 64 KB are sent: the status of the
 * answer, or an error if none comes. The server must answer without waiting for the rest (it does
 * not take the body, and closes the connection); sending all 20 MB raced that close (EPIPE).
 */
function postDeclaringMore(baseURL: string, path: string, declared: number): Promise<number> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to ${path} with 64 KB of ${declared} sent`)), 10_000)
    const req = httpRequest(
      {
        hostname,
        port,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(declared) },
      },
      (res) => {
        clearTimeout(timer)
        res.resume()
        resolve(res.statusCode ?? 0)
        req.destroy()
      },
    )
    // Once answered, the unsent rest is moot; before, the timer reports the failure.
    req.on('error', () => {})
    req.write(Buffer.alloc(64 * 1024, 97))
  })
}

test('a page refuses a 20 MB POST without taking it', async ({ baseURL }) => {
  expect(await postDeclaringMore(baseURL!, article.url, 20 * 2 ** 20)).toBe(405)
})

test('HEAD still answers', async ({ request }) => {
  const res = await request.head(article.url)
  expect(res.status()).toBe(200)
})

// The exit of preview goes back to a page of this site only, however the path is dressed up.
for (const path of [
  '/..//evil.example',
  '/.//evil.example',
  '//evil.example',
  '/\\evil.example',
  'https://evil.example',
])
  test(`leaving preview with path=${path} stays on this site`, async ({ request }) => {
    const res = await request.get(`/api/preview/exit?path=${encodeURIComponent(path)}`, { maxRedirects: 0 })
    expect(res.status()).toBe(307)
    const location = res.headers()['location']!
    expect(location).toMatch(/^\/(?![/\\])/)
    expect(new URL(location, 'http://site.invalid').host).toBe('site.invalid')
  })

test('a form posted from another site cannot sign anyone up (CSRF)', async ({ request }) => {
  const res = await request.post('/api/newsletter', {
    form: { email: 'victim@example.com' },
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    maxRedirects: 0,
  })
  expect(res.status()).toBe(403)
  expect((await res.json()).error).toContain('another site')
})
