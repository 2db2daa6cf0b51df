import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { expectPageStructure } from './lib/page-checks'

const missing = [
  '/no-such-section',
  '/mexico/no-such-article',
  '/sports/capital-expands-night-bus-network', // a real slug in the wrong section
  '/authors/nobody',
  '/tags/no-such-topic',
  '/tags/cities/page/99',
  '/mexico/page/99',
  '/mexico/%FF', // malformed percent-encoding
  '/a/b/c/d',
  '/lite/mexico/no-such-article', // a route handler's 404
  '/about/no-such-page',
  '/mexico/capital-expands-night-bus-network/updates/2', // older updates of an article that is not live
]

// Without JavaScript too: an on-demand render that calls notFound() answers Next's empty error
// shell, which only a script turns into a page; the server around Next (scripts/start.mjs) answers
// every 404 of a page with the prerendered 404 page instead (lib/http/not-found-filter.ts).
for (const javaScriptEnabled of [true, false])
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })
    for (const path of missing)
      test(`${path} answers 404 with a real page`, async ({ page }) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(404)
        expect(await response?.text()).not.toContain('__next_error__')
        await expectPageStructure(page)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
        await expect(page.getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/')
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
      })
  })

test('an unknown share card is a 404, drawn by nobody', async ({ request }) => {
  const res = await request.get('/og/mexico/no-such-article.png')
  expect(res.status()).toBe(404)
})

// Random URLs must not fill the disk: npm start's ISR cache keeps a 404 in Next's bounded memory
// and writes no file for it under .next/server/app (the Lambda deletes them: artefact.spec.ts).
test('an unknown article or topic, asked twice, leaves no file in the ISR cache', async ({ request }) => {
  const paths = ['/mexico/no-such-story-on-disk', '/tags/no-such-topic-on-disk']
  for (const path of paths) for (let i = 0; i < 2; i++) expect((await request.get(path)).status(), path).toBe(404)
  const files = readdirSync(join('.next', 'server', 'app'), { recursive: true, encoding: 'utf8' })
  expect(files.length, 'the build wrote no page under .next/server/app').toBeGreaterThan(0)
  expect(files.filter((f) => /no-such-(story|topic)-on-disk/.test(f))).toEqual([])
})
