import { expect, test } from '@playwright/test'

// Follows every internal link from the home page two levels deep: no link may lead to an error.
test('every internal link two levels deep from home answers 200', async ({ request, baseURL }) => {
  test.setTimeout(120_000)
  const origin = new URL(baseURL!).origin
  const seen = new Map<string, number>()
  const broken: string[] = []
  let frontier = ['/']
  for (let depth = 0; depth <= 2; depth++) {
    const next: string[] = []
    for (const path of frontier) {
      if (seen.has(path)) continue
      const res = await request.get(path, { maxRedirects: 0 })
      seen.set(path, res.status())
      if (res.status() !== 200) {
        broken.push(`${res.status()} ${path}`)
        continue
      }
      if (depth === 2 || !(res.headers()['content-type'] ?? '').includes('text/html')) continue
      const html = await res.text()
      for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const url = new URL(m[1]!.replace(/&amp;/g, '&'), origin + path)
        if (url.origin !== origin) continue
        const target = url.pathname + url.search
        if (!seen.has(target)) next.push(target)
      }
    }
    frontier = [...new Set(next)]
  }
  expect(broken).toEqual([])
  expect(seen.size).toBeGreaterThan(50)
})
