import { expect, test } from '@playwright/test'
import { gradeHeaders } from '../scripts/test-support/observatory'
import { byNewest, publicArticles } from './lib/content'

const article = [...publicArticles].sort(byNewest).find((a) => a.image)!

// Every kind of response: pages, a 404, feeds and sitemaps, images, share cards, API answers and
// Next's own static files.
const responses = [
  ['home', '/'],
  ['article', article.url],
  ['section', '/mexico'],
  ['search', '/search?q=water'],
  ['not found', '/mexico/no-such-story'],
  ['feed', '/feed.xml'],
  ['sitemap', '/sitemap.xml'],
  ['robots', '/robots.txt'],
  ['photo', article.image!.src],
  ['resized photo', `/_next/image?url=${encodeURIComponent(article.image!.src)}&w=640&q=75`],
  ['share card', `/og${article.url}.png`],
  ['API error', '/api/views'],
] as const

for (const [name, path] of responses)
  test(`${name}: the security headers are there and grade at least B+`, async ({ request }) => {
    const res = await request.get(path)
    const h = res.headers()
    const graded = gradeHeaders(h)
    expect(graded.score, JSON.stringify(graded.tests)).toBeGreaterThanOrEqual(80)
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(h['content-security-policy']).toContain("object-src 'none'")
    expect(h['strict-transport-security']).toMatch(/max-age=(\d{8,}|3153[6-9]\d{3}); includeSubDomains/)
    expect(h['x-content-type-options']).toBe('nosniff')
    expect(h['x-frame-options']).toBe('DENY')
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(h['permissions-policy']).toContain('camera=()')
    expect(h['cross-origin-opener-policy']).toBe('same-origin')
    // Photos, share cards and feeds may be shown by other sites (feed readers, link previews).
    const embeddable = ['photo', 'resized photo', 'share card', 'feed'].includes(name)
    expect(h['cross-origin-resource-policy']).toBe(embeddable ? 'cross-origin' : 'same-origin')
  })

test("Next's static files carry them too", async ({ page, request }) => {
  await page.goto('/')
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
  const res = await request.get(script!)
  expect(res.status()).toBe(200)
  expect(res.headers()['x-content-type-options']).toBe('nosniff')
  expect(res.headers()['cross-origin-resource-policy']).toBe('same-origin')
})
