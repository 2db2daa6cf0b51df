import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { startIsolatedServer } from './lib/isolated-server'

// Operators' findings (docs/security.md), each on a server of its own so no other test's traffic
// can blur what is measured. Starting one (a copy of the build, a fresh embedded database) takes
// seconds on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 })

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const s = statSync(path)
    if (s.isDirectory()) {
      const inner = folderStats(path)
      files += inner.files
      bytes += inner.bytes
    } else {
      files++
      bytes += s.size
    }
  }
  return { files, bytes }
}

const random = () => Math.random().toString(36).slice(2, 10)
const unknownUrls = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const r = random()
    return [
      `/mexico/${r}`,
      `/tags/${r}`,
      `/authors/${r}`,
      `/tags/${r}/page/2`,
      `/mexico/page/${900 + (i % 90)}`,
      `/og/world/${r}.png`,
      `/${r}/${r}`,
      `/${r}`,
    ][i % 8]!
  })

test('a few hundred unknown URLs write nothing to the page cache on disk', async () => {
  const server = await startIsolatedServer(3150)
  try {
    const cache = join(server.dir, '.next/server/app')
    const before = folderStats(cache)
    const urls = unknownUrls(400)
    for (let i = 0; i < urls.length; i += 20) {
      const answers = await Promise.all(
        urls.slice(i, i + 20).map(async (u) => {
          const res = await fetch(server.baseURL + u)
          return `${u} ${res.status} ${res.headers.get('cache-control')}`
        }),
      )
      // A 404 is the real page, and caches keep it a minute at most (not the year of a static page;
      // unmatched routes are Next's own no-store).
      for (const answer of answers)
        expect(answer).toMatch(
          / 404 (public, max-age=60, s-maxage=60|private, no-cache, no-store, max-age=0, must-revalidate)$/,
        )
    }
    expect(folderStats(cache)).toEqual(before)
  } finally {
    await server.stop()
  }
})

test('a second server on the same embedded database refuses to start, saying who holds it', async () => {
  // The main test server owns reports/e2e/db (playwright.config.ts).
  const second = startIsolatedServer(3152, { PGLITE_DATA_DIR: resolve('reports/e2e/db') })
  await expect(second).rejects.toThrow(/reports\/e2e\/db is already open by process \d+/)
})

test('with the database down, pages render and the newsletter says it is unavailable, never a blank 500', async () => {
  // Nothing listens on port 9 of this machine: every connection is refused.
  const server = await startIsolatedServer(3154, { DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' })
  try {
    for (const path of ['/', '/mexico', '/newsletter'])
      expect((await fetch(server.baseURL + path)).status, path).toBe(200)
    const signup = await fetch(`${server.baseURL}/api/newsletter`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'reader@example.com' }),
    })
    expect(signup.status).toBe(503)
    expect((await signup.json()).error).toContain('Nothing was saved')
    for (const page of ['/newsletter/confirm?token=x', '/newsletter/unsubscribe?token=x']) {
      const res = await fetch(server.baseURL + page)
      expect(res.status, page).toBe(503)
      const html = await res.text()
      expect(html, page).toContain('The newsletter is unavailable right now')
      expect(html).not.toContain('__next_error__')
    }
  } finally {
    await server.stop()
  }
})

test('trusting no proxy (the default), a forged X-Forwarded-For cannot dodge the sign-up limit', async () => {
  const server = await startIsolatedServer(3156, { TRUSTED_PROXY_HOPS: '0', NEWSLETTER_RATE_LIMIT: '3/600' })
  try {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${server.baseURL}/api/newsletter`, {
        method: 'POST',
        // A new "client" each time, and a victim's address as the first entry.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}, 203.0.113.${i}` },
        body: JSON.stringify({ email: `rotating${i}@example.com` }),
      })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([202, 202, 202, 429])
  } finally {
    await server.stop()
  }
})

test('one client searching non-stop is told to wait (429 with Retry-After), a forged X-Forwarded-For does not help', async () => {
  const server = await startIsolatedServer(3158, { TRUSTED_PROXY_HOPS: '0', SEARCH_RATE_LIMIT: '5/600' })
  try {
    const answers: number[] = []
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${server.baseURL}/search?q=water${i}`, {
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      })
      answers.push(res.status)
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(res.headers.get('cache-control')).toBe('no-store')
        expect(await res.text()).toContain('Too many searches')
      }
    }
    expect(answers).toEqual([200, 200, 200, 200, 200, 429, 429])
    // Other pages are not limited.
    expect((await fetch(`${server.baseURL}/mexico`)).status).toBe(200)
  } finally {
    await server.stop()
  }
})
