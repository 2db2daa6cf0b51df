import { expect, test } from '@playwright/test'
import { publicArticles, unpublished } from './lib/content'
import { expectNoAxeViolations, watchForErrors } from './lib/page-checks'

const headerSearch = (page: import('@playwright/test').Page) =>
  page.getByRole('search', { name: 'Site search' }).getByRole('searchbox')

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

test('headline matches come first', async ({ page }) => {
  await page.goto('/search?q=peso')
  const first = await page.getByRole('main').getByRole('heading', { level: 2 }).first().textContent()
  expect(first?.toLowerCase()).toContain('peso')
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
