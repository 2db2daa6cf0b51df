import { expect, test } from '@playwright/test'
import { SECTIONS } from '../config/sections'
import { authors, byNewest, instantOf, publicArticles, unpublished } from './lib/content'
import { parseXml } from './lib/xml'

const ORIGIN = 'https://www.thenews.mx'
const newest = [...publicArticles].sort(byNewest)

test('/feed.xml is RSS 2.0 with the latest 50 articles, full HTML, authors and images, nothing unpublished', async ({
  page,
  request,
}) => {
  const res = await request.get('/feed.xml')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toContain('xml')
  const { root, out } = await parseXml(page, await res.text(), {
    guids: 'guid',
    encoded: 'content:encoded',
    creators: 'dc:creator',
    enclosures: 'enclosure',
    languages: 'language',
  })
  expect(root).toBe('rss')
  // The brand's RSS code (config/brands/the-news.ts rssLanguage), once, on the channel.
  expect(out.languages).toEqual(['en'])
  const itemLinks = out.guids!
  expect(itemLinks).toEqual(newest.slice(0, 50).map((a) => ORIGIN + a.url))
  for (const d of unpublished) expect(itemLinks).not.toContain(ORIGIN + d.url)
  expect(out.encoded!.every((html) => html.includes('<p>'))).toBe(true)
  const first = newest[0]!
  const firstNames = first.authors.length
    ? first.authors.map((id) => authors.find((a) => a.id === id)!.name)
    : ['The News']
  expect(out.creators![0]).toBe(firstNames.join(' and '))
  expect(out.enclosures!.length).toBe(newest.slice(0, 50).filter((a) => a.image).length)
})

for (const s of SECTIONS)
  test(`/${s.id}/feed.xml holds only ${s.label}`, async ({ page, request }) => {
    const { out } = await parseXml(page, await (await request.get(`/${s.id}/feed.xml`)).text(), { guids: 'guid' })
    expect(out.guids).toEqual(newest.filter((a) => a.section === s.id).map((a) => ORIGIN + a.url))
  })

test('every page type announces the feed', async ({ page }) => {
  for (const path of [
    '/',
    '/mexico',
    newest[0]!.url,
    '/tags',
    `/authors/${authors[0]!.id}`,
    '/search?q=x',
    '/nowhere',
  ]) {
    await page.goto(path)
    await expect(
      page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${ORIGIN}/feed.xml"]`),
      path,
    ).toHaveCount(1)
  }
  await page.goto('/mexico')
  await expect(
    page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${ORIGIN}/mexico/feed.xml"]`),
  ).toHaveCount(1)
})

test('/sitemap.xml lists every public article, section, author and tag, and nothing unpublished', async ({
  page,
  request,
}) => {
  const { root, out } = await parseXml(page, await (await request.get('/sitemap.xml')).text(), {
    locs: 'loc',
    lastmods: 'lastmod',
  })
  expect(root).toBe('urlset')
  const locs = new Set(out.locs)
  for (const a of publicArticles) expect(locs.has(ORIGIN + a.url), a.url).toBe(true)
  for (const s of SECTIONS) expect(locs.has(`${ORIGIN}/${s.id}`)).toBe(true)
  for (const a of authors) expect(locs.has(`${ORIGIN}/authors/${a.id}`)).toBe(true)
  for (const d of unpublished) expect(locs.has(ORIGIN + d.url)).toBe(false)
  expect([...locs].some((l) => l.startsWith(`${ORIGIN}/tags/`))).toBe(true)
  expect(out.lastmods!.length).toBeGreaterThan(0)
  for (const m of out.lastmods!) expect(m).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
})

test('/news-sitemap.xml follows Google News rules', async ({ page, request }) => {
  const { out } = await parseXml(page, await (await request.get('/news-sitemap.xml')).text(), {
    locs: 'loc',
    names: 'news:name',
    languages: 'news:language',
    dates: 'news:publication_date',
  })
  const now = Date.now()
  const expected = newest.filter((a) => {
    const t = instantOf(a.date)
    return t <= now && now - t <= 2 * 86_400_000
  })
  // The test run's own story, dated from its clock (scripts/make-test-articles.ts), is always here.
  expect(expected.length, 'no story from the last two days: were the test articles written?').toBeGreaterThan(0)
  expect(out.locs).toEqual(expected.map((a) => ORIGIN + a.url))
  expect(out.locs!.length).toBeLessThanOrEqual(1000)
  expect(out.names!.length).toBe(expected.length)
  expect(out.dates!.length).toBe(expected.length)
  for (const n of out.names!) expect(n).toBe('The News')
  for (const l of out.languages!) expect(l).toBe('en')
  for (const d of out.dates!) expect(Date.now() - Date.parse(d)).toBeLessThanOrEqual(2 * 86_400_000)
})

test('/robots.txt points to both sitemaps', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text()
  expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
  expect(text).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`)
})
