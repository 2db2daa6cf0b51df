import { expect, test } from '@playwright/test'
import { site } from '../config/site'
import { tagId } from '../lib/tags'
import { byNewest, publicArticles } from './lib/content'
import { expectPageStructure } from './lib/page-checks'

const counts = new Map<string, { label: string; articles: typeof publicArticles }>()
for (const a of publicArticles)
  for (const t of a.tags) {
    const e = counts.get(tagId(t)) ?? { label: t, articles: [] }
    e.articles.push(a)
    counts.set(tagId(t), e)
  }
const [busiestId, busiest] = [...counts].sort((a, b) => b[1].articles.length - a[1].articles.length)[0]!

test('an article links its tags to tag pages that list it', async ({ page }) => {
  const a = busiest.articles[0]!
  await page.goto(a.url)
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: busiest.label, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/tags/${busiestId}$`))
  await expectPageStructure(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(busiest.label)
})

test('a tag lists its articles newest first across pages', async ({ page }) => {
  const expected = [...busiest.articles].sort(byNewest).map((a) => a.title)
  const pages = Math.ceil(expected.length / site.articlesPerPage)
  const seen: string[] = []
  for (let n = 1; n <= pages; n++) {
    const res = await page.goto(n === 1 ? `/tags/${busiestId}` : `/tags/${busiestId}/page/${n}`)
    expect(res?.status()).toBe(200)
    seen.push(...(await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').allTextContents()))
  }
  expect(seen).toEqual(expected)
})

test('the tag index lists every tag with a URL-safe id', async ({ page, request }) => {
  await page.goto('/tags')
  const hrefs = await page
    .getByRole('main')
    .getByRole('listitem')
    .getByRole('link')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href')))
  expect(new Set(hrefs)).toEqual(new Set([...counts.keys()].map((id) => `/tags/${id}`)))
  for (const href of hrefs) expect(href).toMatch(/^\/tags\/[a-z0-9-]+$/)
  expect((await request.get('/tags/no-such-tag')).status()).toBe(404)
})
