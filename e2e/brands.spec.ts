// Every page type on every brand built for this run (issue 21): The News and each sister brand
// scripts/build-brands.ts built, each on its own `npm start` (playwright.config.ts: one project per
// brand). The paths come from the brand's own content files; the words checked come from its
// config file; a sister brand's pages carry nothing of The News but the network strip.
import { expect, test, type Page } from '@playwright/test'
import { theNews } from '../config/brands/the-news'
import type { BrandConfig } from '../config/types'
import { fill } from '../lib/brand/template'
import { brandContent, brandOf, type BrandUnderTest } from './lib/brands'
import { expectNoAxeViolations } from './lib/page-checks'

/** Every literal piece of a brand's strings (template slots cut out), at least `min` characters long. */
function literalPieces(value: unknown, min: number): string[] {
  if (typeof value === 'string')
    return value
      .split(/\{[a-zA-Z]+\}/)
      .map((p) => p.trim())
      .filter((p) => p.length >= min)
  if (value && typeof value === 'object') return Object.values(value).flatMap((v) => literalPieces(v, min))
  return []
}

/** The News's own words that a sister brand must not show (what both brands say alike excepted). */
function foreignWords(config: BrandConfig): string[] {
  if (config.id === theNews.id) return []
  const own = new Set(literalPieces(config.strings, 1))
  const words = [
    theNews.name,
    new URL(theNews.url).hostname.replace(/^www\./, ''),
    theNews.tagline,
    ...literalPieces(theNews.strings, 8),
  ]
  return [...new Set(words)].filter((w) => !own.has(w))
}

/** The page's text without the network lists (strip and footer: the only places other brands' names belong). */
async function textOutsideNetworkStrip(page: Page, config: BrandConfig): Promise<string> {
  return page.evaluate(
    (labels) => {
      const clone = document.body.cloneNode(true) as HTMLElement
      for (const label of labels)
        clone.querySelectorAll(`nav[aria-label="${CSS.escape(label)}"]`).forEach((n) => n.remove())
      clone.querySelectorAll('script, style').forEach((n) => n.remove())
      return clone.innerText
    },
    [config.strings.network.label, config.strings.footer.networkLabel],
  )
}

async function expectBrandPage(page: Page, brand: BrandUnderTest, h1: string | RegExp, axe = true) {
  const { config } = brand
  await expect(page.locator('html')).toHaveAttribute('lang', config.lang)
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toHaveText(h1)
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('contentinfo')).toHaveCount(1)
  const strip = page.getByRole('navigation', { name: config.strings.network.label, exact: true })
  await expect(strip).toBeVisible()
  // The strip names this brand as the current one and marks the names in another language.
  await expect(strip.locator('[aria-current]')).toHaveText(config.name)
  const other = theNews.id === config.id ? 'Estadio Deportes' : theNews.name
  await expect(strip.getByText(other, { exact: true })).toHaveAttribute(
    'lang',
    theNews.id === config.id ? 'es-MX' : 'en',
  )
  await expect(page.getByRole('navigation', { name: config.strings.common.sectionsNav, exact: true })).toBeVisible()
  const text = await textOutsideNetworkStrip(page, config)
  for (const word of foreignWords(config)) expect(text, `a word of The News on ${page.url()}`).not.toContain(word)
  if (axe) await expectNoAxeViolations(page)
}

test.describe('every page type, in the brand’s own words and language', () => {
  test('home', async ({ page }, testInfo) => {
    const brand = brandOf(testInfo)
    const { articles } = brandContent(brand)
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expectBrandPage(page, brand, fill(brand.config.strings.lists.homeHeading, { name: brand.config.name }))
    await expect(page.getByRole('main').getByRole('link', { name: articles[0]!.title }).first()).toBeVisible()
    for (const section of brand.config.sections)
      await expect(
        page.getByRole('navigation', { name: brand.config.strings.common.sectionsNav, exact: true }).getByRole('link', {
          name: section.label,
          exact: true,
        }),
      ).toHaveAttribute('href', `/${section.id}`)
  })

  test('section front', async ({ page }, testInfo) => {
    const brand = brandOf(testInfo)
    const { articles } = brandContent(brand)
    expect(brand.config.sections.length).toBeGreaterThan(0)
    for (const section of brand.config.sections) {
      expect((await page.goto(`/${section.id}`))?.status(), section.id).toBe(200)
      const newest = articles.find((a) => a.section === section.id)
      if (newest) await expect(page.getByRole('link', { name: newest.title }).first()).toBeVisible()
    }
    await expectBrandPage(page, brand, brand.config.sections.at(-1)!.label)
  })

  test('article, its author and one of its tags', async ({ page }, testInfo) => {
    const brand = brandOf(testInfo)
    const { articles, authors } = brandContent(brand)
    const article = articles.find((a) => !a.live && a.type !== 'live' && a.authors.length > 0 && a.tags.length > 0)
    expect(article, 'an article with an author and tags').toBeTruthy()
    expect((await page.goto(article!.url))?.status()).toBe(200)
    await expectBrandPage(page, brand, article!.title)
    await expect(page.locator('main time[datetime]').first()).toBeVisible()
    // Its language for machines too: og:locale and the JSON-LD's inLanguage.
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', brand.config.ogLocale)
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(jsonLd.join('\n')).toContain(`"inLanguage":"${brand.config.lang}"`)
    const author = authors.find((a) => a.id === article!.authors[0])!
    await page.getByRole('main').getByRole('link', { name: author.name }).first().click()
    await expect(page).toHaveURL(new RegExp(`/authors/${author.id}$`))
    await expectBrandPage(page, brand, author.name)
    expect((await page.goto(article!.url))?.status()).toBe(200)
    await page.getByRole('main').getByRole('link', { name: article!.tags[0]!, exact: true }).first().click()
    await expect(page).toHaveURL(/\/tags\//)
    await expectBrandPage(page, brand, new RegExp(article!.tags[0]!, 'i'))
    await expect(page.getByRole('link', { name: article!.title }).first()).toBeVisible()
  })

  test('live coverage: time of day on each update, the date once per day, no reading time', async ({
    page,
  }, testInfo) => {
    const brand = brandOf(testInfo)
    // An ended one: no other test posts to it, and its updates all stand in the day order (no pinned one).
    const live = brandContent(brand).articles.find((a) => a.type === 'live' && !a.live)
    expect(live, 'an ended live article').toBeTruthy()
    expect((await page.goto(live!.url))?.status()).toBe(200)
    await expectBrandPage(page, brand, live!.title)
    // Each update: its time of day alone, as its datetime gives it in Mexico City.
    const times = page.locator('main time[datetime]')
    const updateTimes: { text: string; datetime: string }[] = []
    for (const el of await times.all()) {
      const text = (await el.innerText()).trim()
      if (/^\d{2}:\d{2}$/.test(text)) updateTimes.push({ text, datetime: (await el.getAttribute('datetime'))! })
    }
    expect(updateTimes.length).toBeGreaterThan(2)
    for (const { text, datetime } of updateTimes) expect(datetime).toMatch(new RegExp(`T${text}:\\d{2}-0[56]:00$`))
    // The date once per day: one heading per local day of the updates, none twice.
    const days = new Set(updateTimes.map((u) => u.datetime.slice(0, 10)))
    const headings = await page
      .locator('main h3 time[datetime]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))
    expect(new Set(headings).size).toBe(headings.length)
    for (const day of days) expect(headings).toContain(day)
    // No reading time on a page that keeps growing.
    const reading = brand.config.strings.article.readingTime.other.replace('{count}', '').trim()
    await expect(page.getByRole('main')).not.toContainText(reading)
  })

  test('search', async ({ page }, testInfo) => {
    const brand = brandOf(testInfo)
    const article = brandContent(brand).articles.find((a) => a.type !== 'live')!
    // The longest word of the headline: a word the index keeps (no stopword).
    const word = article.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]!
    expect((await page.goto(`/search?q=${encodeURIComponent(word)}`))?.status()).toBe(200)
    await expect(page.getByRole('main').getByRole('link', { name: article.title }).first()).toBeVisible()
    await expectBrandPage(page, brand, /.+/)
  })

  test('corrections, a standards page and the lite page', async ({ page }, testInfo) => {
    const brand = brandOf(testInfo)
    const { articles, pages } = brandContent(brand)
    expect((await page.goto('/corrections'))?.status()).toBe(200)
    await expectBrandPage(page, brand, /.+/)
    const ethics = pages.find((p) => p.slug === brand.config.standards.ethics)!
    expect((await page.goto(`/about/${ethics.slug}`))?.status()).toBe(200)
    await expectBrandPage(page, brand, ethics.title)
    const article = articles[0]!
    expect((await page.goto(`/lite${article.url}`))?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', brand.config.lang)
    await expect(page.locator('h1')).toHaveText(article.title)
    const text = await textOutsideNetworkStrip(page, brand.config)
    for (const word of foreignWords(brand.config)) expect(text).not.toContain(word)
    await expectNoAxeViolations(page)
  })

  test('an unknown address: 404 with a real page', async ({ page }, testInfo) => {
    const brand = brandOf(testInfo)
    expect((await page.goto('/no-such-page-anywhere'))?.status()).toBe(404)
    await expectBrandPage(page, brand, /.+/)
  })

  test('feed, sitemap and news sitemap in the brand’s language', async ({ request }, testInfo) => {
    const brand = brandOf(testInfo)
    const { articles } = brandContent(brand)
    const feed = await (await request.get('/feed.xml')).text()
    expect(feed).toContain(`<language>${brand.config.rssLanguage}</language>`)
    expect(feed).toContain(brand.config.name)
    expect(feed).toContain(articles[0]!.slug)
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toMatch(/<sitemapindex|<urlset/)
    expect(sitemap).toContain(new URL(brand.config.url).hostname)
    const news = await request.get('/news-sitemap.xml')
    expect(news.status()).toBe(200)
    const newsXml = await news.text()
    expect(newsXml).toContain(`<news:language>${brand.config.newsLanguage}</news:language>`)
    expect(newsXml).toContain(`<news:name>${brand.config.name}</news:name>`)
    for (const word of foreignWords(brand.config)) expect(feed + newsXml).not.toContain(word)
  })
})

test.describe('the newsletter without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('sign up from the footer form: the answer page in the brand’s words', async ({ page }, testInfo) => {
    const brand = brandOf(testInfo)
    await page.goto('/')
    const footer = page.getByRole('contentinfo')
    await footer.getByRole('textbox').fill(`reader-${brand.id}-${Date.now()}@example.com`)
    await footer.getByRole('button').first().click()
    await expect(page).toHaveURL(/\/newsletter\?status=pending$/)
    // axe runs in the page, so without scripts it cannot: the next test opens this page with them.
    await expectBrandPage(page, brand, brand.config.newsletter.name, false)
  })
})

test('the newsletter’s answer page, with scripts: axe', async ({ page }, testInfo) => {
  const brand = brandOf(testInfo)
  expect((await page.goto('/newsletter?status=pending'))?.status()).toBe(200)
  await expectBrandPage(page, brand, brand.config.newsletter.name)
  await expect(page.getByRole('main').getByRole('status').first()).toContainText(
    brand.config.strings.newsletter.status.pending.slice(0, 20),
  )
})
