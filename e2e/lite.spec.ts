import { expect, test } from '@playwright/test'
import { byNewest, publicArticles, unpublished } from './lib/content'
import { expectNoAxeViolations } from './lib/page-checks'

// The lite article page on a production build (issue 14): the same article with no JavaScript,
// no web fonts, one inline stylesheet and small plain images, linked both ways with the full page.

const newest = [...publicArticles].sort(byNewest)
const photo = newest.find((a) => a.image && !a.type)!
const live = publicArticles.find((a) => a.type === 'live')!
const lite = (a: { url: string }) => `/lite${a.url}`

for (const a of [photo, live, newest.find((x) => !x.image && !x.type)!]) {
  test(`${a.url}: the same article, no script, canonical to the full page, not indexed`, async ({ request }) => {
    const res = await request.get(lite(a))
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toContain('text/html')
    const html = await res.text()
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/@font-face|\.woff2?|<link[^>]+stylesheet/i)
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${a.url}"`))
    expect(html).toMatch(/<meta name="robots" content="noindex/)
    expect(html).toContain(`<a href="${a.url}">Full version of this article</a>`)
  })
}

test('the lite page has the strip, masthead and sections, and the article as on the full page', async ({ page }) => {
  await page.goto(lite(photo))
  await expect(page.getByRole('navigation', { name: /network|group/i })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(photo.title)
  await expect(page.getByText(photo.summary)).toBeVisible()
  const liteText = await page.locator('article').first().innerText()
  await page.goto(photo.url)
  const firstParagraph = await page.getByRole('article').first().locator('div p').first().innerText()
  expect(liteText).toContain(firstParagraph)
  // The full page points to the lite one, visibly and in its head.
  await expect(page.getByRole('link', { name: 'Lite version' })).toHaveAttribute('href', lite(photo))
  await expect(page.locator(`head link[rel="alternate"][href="${lite(photo)}"]`)).toHaveCount(1)
})

test('images are plain and small, with width and height, inside a figure with its credit', async ({ page }) => {
  await page.goto(lite(photo))
  const img = page.getByRole('img', { name: photo.image!.alt })
  await expect(img).toHaveAttribute('width', '360')
  await expect(img).toHaveAttribute('height', /^\d+$/)
  expect(await img.getAttribute('srcset')).toBeNull()
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
  await expect(page.locator('figure figcaption').first()).toContainText(photo.image!.credit)
})

test('an article with its photo transfers at most 30 kB, with JavaScript off (bench: a 600-word one)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const bodies: Promise<number>[] = []
  page.on('requestfinished', (req) => bodies.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)))
  await page.goto(lite(photo), { waitUntil: 'load' })
  const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0)
  expect(bodies.length).toBeLessThanOrEqual(2) // the page and its photo: nothing else
  expect(total).toBeLessThanOrEqual(30 * 1024)
  await context.close()
})

test('a live article’s lite page lists its updates, without polling', async ({ page }) => {
  await page.goto(lite(live))
  await expect(page.locator('article[id^="update-"]').first()).toBeVisible()
  await expect(page.locator('#live-poller')).toHaveCount(0)
})

test('lite pages of unknown or unpublished articles are 404', async ({ request }) => {
  expect((await request.get('/lite/mexico/no-such-story')).status()).toBe(404)
  expect((await request.get('/lite/politics/anything')).status()).toBe(404)
  for (const a of unpublished) expect((await request.get(lite(a))).status(), a.url).toBe(404)
})

test('the lite page passes axe', async ({ page }) => {
  await page.goto(lite(photo))
  await expectNoAxeViolations(page)
})

// Found by a held-out crawl: the lite page declared no icon, so the browser's look for
// /favicon.ico was a 404 logged on every lite page view.
for (const a of [photo, live]) {
  test(`${a.url}: a lite page view fails no request, and its icon is served`, async ({ page, request }) => {
    const failed: string[] = []
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`))
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()}: ${r.status()}`)
    })
    await page.goto(lite(a), { waitUntil: 'networkidle' })
    // A headless browser may not fetch icons itself: fetch the ones the page declares, or
    // /favicon.ico, where browsers look when a page declares none.
    const declared = await page
      .locator('head link[rel~="icon"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href))
    for (const href of declared.length ? declared : [new URL('/favicon.ico', page.url()).href]) {
      const res = await request.get(href)
      if (res.status() >= 400) failed.push(`${href}: ${res.status()}`)
      else expect(res.headers()['content-type'], href).toMatch(/^image\//)
    }
    expect(failed).toEqual([])
    expect(declared).toContain(new URL('/favicon.ico', page.url()).href)
  })
}

test('/favicon.ico is an icon, answered 200 and not cached for long', async ({ request }) => {
  const res = await request.get('/favicon.ico')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/)
  expect(res.headers()['cache-control'] ?? '').not.toMatch(/immutable|max-age=31536000/)
  const body = await res.body()
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]) // the .ico header
  expect(body.length).toBeLessThan(4096)
})
