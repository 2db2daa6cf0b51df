import { expect, test, type Page } from '@playwright/test'
import { instantOf, publicArticles, unpublished, type ExpectedArticle } from './lib/content'
import { expectNoAxeViolations, watchForErrors } from './lib/page-checks'

const headerSearch = (page: Page) => page.getByRole('search', { name: 'Site search' }).getByRole('searchbox')

test('a reader searches from the header with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  // Tab through the header until the search box has focus (bounded: it is in the header).
  for (let i = 0; i < 40 && !(await headerSearch(page).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(headerSearch(page)).toBeFocused()
  await page.keyboard.type('elect')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=elect$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
  await expect(page.getByRole('main').getByRole('status')).toContainText(/\d+ stor(y|ies) match/)
  const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()
  // "elect" reaches "elections" by prefix and stemming.
  expect(titles).toContain(publicArticles.find((a) => a.slug === 'election-observers-guatemala')!.title)
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible()
})

test('accents fold both ways', async ({ page }) => {
  const count = async (q: string) => {
    await page.goto(`/search?q=${encodeURIComponent(q)}`)
    return page.getByRole('main').getByRole('listitem').count()
  }
  const plain = await count('Queretaro')
  expect(plain).toBeGreaterThan(0)
  expect(await count('Querétaro')).toBe(plain)
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(/Quer[eé]taro/)
})

const resultTitles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()

test('headline matches come first, before newer stories that have the word only in their text', async ({ page }) => {
  await page.goto('/search?q=peso')
  const found = (await resultTitles(page)).map((t) => publicArticles.find((a) => a.title === t)!)
  expect(found).not.toContain(undefined)
  const inHeadline = (a: ExpectedArticle) => /\bpeso/i.test(a.title)
  const headline = found.filter(inHeadline)
  const textOnly = found.filter((a) => !inHeadline(a))
  expect(headline.length).toBeGreaterThan(0)
  expect(textOnly.length).toBeGreaterThan(0)
  // Newest first would put one of the text-only matches above a headline match.
  expect(textOnly.some((t) => headline.some((h) => instantOf(t.date) > instantOf(h.date)))).toBe(true)
  expect(found.map(inHeadline)).toEqual([...headline.map(() => true), ...textOnly.map(() => false)])
})

test('page 2 of the results is the next stories, not page 1 again', async ({ page }) => {
  const q = 'mexico'
  await page.goto(`/search?q=${q}`)
  const total = Number((await page.getByRole('main').getByRole('status').textContent())?.match(/(\d+) stor/)?.[1])
  expect(total).toBeGreaterThan(10)
  // Page 1 is now in the results cache: page 2 must not be served from its entry.
  const first = await resultTitles(page)
  expect(first).toHaveLength(10)
  await page.goto(`/search?q=${q}&page=2`)
  const second = await resultTitles(page)
  expect(second).toHaveLength(Math.min(10, total - 10))
  expect(second.filter((t) => first.includes(t))).toEqual([])
  // And the other way round: page 1 after page 2 is page 1.
  await page.goto(`/search?q=${q}&page=1`)
  expect(await resultTitles(page)).toEqual(first)
})

for (const [name, q, message] of [
  ['empty', '', /Type a word or two/],
  ['too long', 'a'.repeat(500), /up to 200 characters long; yours has 500/],
  ['symbols only', '$%^&*()', /no letters or numbers/],
  ['no match', 'zzzyyyxxx', /No stories match/],
] as const)
  test(`a ${name} query gets a clear message, not an error`, async ({ page }) => {
    const errors = watchForErrors(page)
    const res = await page.goto(`/search?q=${encodeURIComponent(q)}`)
    expect(res?.status()).toBe(200)
    await expect(page.getByRole('main')).toContainText(message)
    expect(errors).toEqual([])
  })

test('odd parameters never cause a server error', async ({ request }) => {
  for (const qs of ['q=a&q=b', 'q=%E0%A4%A', 'page=-1&q=mexico', 'page=abc&q=mexico', 'q=<script>alert(1)</script>'])
    expect((await request.get(`/search?${qs}`)).status(), qs).toBe(200)
})

test('search results are not indexed and pass axe', async ({ page }) => {
  await page.goto('/search?q=mexico')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expectNoAxeViolations(page)
})

test('drafts and scheduled articles never appear in results', async ({ page }) => {
  for (const d of unpublished) {
    await page.goto(`/search?q=${encodeURIComponent(d.title)}`)
    await expect(page.getByRole('main')).toContainText('No stories match')
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(0)
  }
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })
  test('the header form still searches', async ({ page }) => {
    await page.goto('/')
    await headerSearch(page).fill('water')
    await headerSearch(page).press('Enter')
    await expect(page).toHaveURL(/\/search\?q=water$/)
    await expect(page.getByRole('main').getByRole('status')).toContainText('match')
  })
})
