import { expect, test, type Page } from '@playwright/test'
import { publicArticles } from './lib/content'

type NewsArticleLd = {
  headline: string
  description: string
  datePublished: string
  author: { '@type': string; name: string }[]
  publisher: { '@type': string }
  mainEntityOfPage: { '@id': string }
  inLanguage: string
}
type BreadcrumbLd = { itemListElement: unknown[] }
type WebSiteLd = { potentialAction: { '@type': string; target: { urlTemplate: string } } }

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown> & { '@type': string })
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString()).toBe('PNG')
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

test('every article carries NewsArticle JSON-LD that matches the visible page', async ({ page }) => {
  test.setTimeout(120_000)
  // Live articles carry LiveBlogPosting instead (e2e/live.spec.ts).
  for (const a of publicArticles.filter((x) => x.type !== 'live')) {
    await page.goto(a.url)
    const ld = await jsonLd(page)
    const article = ld.find((x) => [x['@type']].flat().includes('NewsArticle')) as unknown as NewsArticleLd
    expect(article, a.url).toBeTruthy()
    const body = page.getByRole('article').first()
    expect(article.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent())
    expect(article.description).toBe(a.summary)
    expect(article.datePublished).toBe(await body.locator('header time').first().getAttribute('datetime'))
    const bylineNames = await body.locator('header a[rel="author"]').allTextContents()
    expect(article.author.map((p) => p.name)).toEqual(bylineNames)
    expect(article.author[0]?.['@type']).toBe(a.authors.length ? 'Person' : 'Organization')
    expect(article.publisher['@type']).toBe('NewsMediaOrganization')
    expect(article.mainEntityOfPage['@id']).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'))
    expect(article.inLanguage).toBe('en')
    const crumbs = ld.find((x) => x['@type'] === 'BreadcrumbList') as unknown as BreadcrumbLd
    expect(crumbs.itemListElement).toHaveLength(3)
  }
})

test('an article without a photo has Open Graph and Twitter tags, and its share image is a 1200×630 PNG', async ({
  page,
  request,
}) => {
  const a = publicArticles.find((x) => !x.image)!
  await page.goto(a.url)
  const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).first().getAttribute('content')
  expect(await meta('og:type')).toBe('article')
  expect(await meta('og:title')).toBe(a.title)
  expect(await meta('article:published_time')).toMatch(/[+-]\d\d:\d\d$/)
  expect(await meta('article:section')).toBeTruthy()
  expect(await meta('twitter:card')).toBe('summary_large_image')
  const image = await meta('og:image')
  expect(image).toMatch(/\/og\/[a-z]+\/[a-z0-9-]+\.png$/)
  const res = await request.get(new URL(image!).pathname)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('image/png')
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 })
  // No card is prebuilt (app/og/[section]/[slug]/route.tsx): drawn on first request, then cached.
  const again = await request.get(new URL(image!).pathname)
  expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache'])
  expect((await request.get('/og/mexico/no-such-story.png')).status()).toBe(404)
})

test('other pages carry canonical, Open Graph and the default share image', async ({ page, request }) => {
  for (const path of ['/', '/mexico', '/tags', '/about']) {
    await page.goto(path)
    await expect(page.locator('link[rel="canonical"]'), path).toHaveCount(1)
    const image = await page.locator('meta[property="og:image"]').first().getAttribute('content')
    expect(image).toMatch(/\/og\/default\.png$/)
  }
  expect(pngSize(await (await request.get('/og/default.png')).body())).toEqual({ width: 1200, height: 630 })
})

test('the home page offers a WebSite SearchAction, sections a BreadcrumbList', async ({ page }) => {
  await page.goto('/')
  const site = (await jsonLd(page)).find((x) => x['@type'] === 'WebSite') as unknown as WebSiteLd
  expect(site.potentialAction['@type']).toBe('SearchAction')
  expect(site.potentialAction.target.urlTemplate).toContain('/search?q={search_term_string}')
  await page.goto('/world')
  expect((await jsonLd(page)).some((x) => x['@type'] === 'BreadcrumbList')).toBe(true)
})
