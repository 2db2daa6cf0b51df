import { expect, test } from '@playwright/test'
import { expectPageStructure } from './lib/page-checks'

const missing = [
  '/no-such-section',
  '/mexico/no-such-article',
  '/sports/capital-expands-night-bus-network', // a real slug in the wrong section
  '/authors/nobody',
  '/mexico/page/99',
  '/a/b/c/d',
]

for (const path of missing)
  test(`${path} answers 404 with a real page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expectPageStructure(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
    await expect(page.getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })
