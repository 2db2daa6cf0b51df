import { expect, test } from '@playwright/test'
import { site } from '../config/site'
import { byNewest, publicArticles } from './lib/content'
import { expectPageStructure } from './lib/page-checks'

// Tag ids written out by hand (not computed with lib/catalogue/tags.ts): spaces become hyphens, capitals and
// accents go, apostrophes are dropped.
const IDS: Record<string, string> = {
  'Mexico City': 'mexico-city',
  'Liga MX': 'liga-mx',
  'Day of the Dead': 'day-of-the-dead',
  Querétaro: 'queretaro',
  Michoacán: 'michoacan',
  Yucatán: 'yucatan',
  "women's football": 'womens-football',
  football: 'football',
}

const byLabel = new Map<string, typeof publicArticles>()
for (const a of publicArticles) for (const t of a.tags) byLabel.set(t, [...(byLabel.get(t) ?? []), a])
const [busiestLabel, busiestArticles] = [...byLabel].sort((a, b) => b[1].length - a[1].length)[0]!
const busiest = { label: busiestLabel, articles: busiestArticles, id: IDS[busiestLabel]! }

test('the sample content has the tags these tests name', () => {
  for (const label of Object.keys(IDS)) expect(byLabel.has(label), label).toBe(true)
  expect(busiest.id, `add "${busiest.label}" to IDS`).toBeTruthy()
  expect(busiest.articles.length).toBeGreaterThan(site.articlesPerPage)
})

test('an article links its tags to tag pages that list it', async ({ page }) => {
  const a = busiest.articles[0]!
  await page.goto(a.url)
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: busiest.label, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/tags/${busiest.id}$`))
  await expectPageStructure(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(busiest.label)
})

test('a tag lists its articles newest first across pages', async ({ page }) => {
  const expected = [...busiest.articles].sort(byNewest).map((a) => a.title)
  const pages = Math.ceil(expected.length / site.articlesPerPage)
  const seen: string[] = []
  for (let n = 1; n <= pages; n++) {
    const res = await page.goto(n === 1 ? `/tags/${busiest.id}` : `/tags/${busiest.id}/page/${n}`)
    expect(res?.status()).toBe(200)
    seen.push(...(await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').allTextContents()))
  }
  expect(seen).toEqual(expected)
})

test('the tag index lists every tag with a URL-safe id', async ({ page, request }) => {
  await page.goto('/tags')
  const links = page.getByRole('main').getByRole('listitem').getByRole('link')
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))
  // Every label once (the sample writes each label one way), each at its own address.
  expect(byLabel.size).toBeGreaterThan(0)
  expect(hrefs).toHaveLength(byLabel.size)
  expect(new Set(hrefs).size).toBe(hrefs.length)
  for (const href of hrefs) expect(href).toMatch(/^\/tags\/[a-z0-9-]+$/)
  for (const [label, id] of Object.entries(IDS)) {
    const link = page.getByRole('main').getByRole('link', { name: new RegExp(`^${label}\\b`) })
    await expect(link, label).toHaveAttribute('href', `/tags/${id}`)
  }
  expect((await request.get('/tags/no-such-tag')).status()).toBe(404)
})
