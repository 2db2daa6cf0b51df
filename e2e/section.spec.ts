import { expect, test } from '@playwright/test'
import { SECTIONS } from '../config/sections'
import { site } from '../config/site'
import { byNewest, publicArticles } from './lib/content'
import { expectPageStructure } from './lib/page-checks'

for (const s of SECTIONS) {
  const expected = publicArticles.filter((a) => a.section === s.id).sort(byNewest)
  const pages = Math.max(1, Math.ceil(expected.length / site.articlesPerPage))

  test.describe(`${s.label} front`, () => {
    test('lists its articles newest first across its pages, and nothing else', async ({ page }) => {
      const seen: string[] = []
      for (let n = 1; n <= pages; n++) {
        await page.goto(n === 1 ? `/${s.id}` : `/${s.id}/page/${n}`)
        await expectPageStructure(page)
        await expect(page.getByRole('heading', { level: 1 })).toContainText(s.label)
        seen.push(
          ...(await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').allTextContents()),
        )
      }
      expect(seen).toEqual(expected.map((a) => a.title))
    })

    test('links pages with rel prev/next, and 404s past the last page', async ({ page, request }) => {
      await page.goto(`/${s.id}`)
      if (pages > 1) {
        await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', `/${s.id}/page/2`)
        await expect(page.locator('head link[rel="prev"]')).toHaveCount(0)
        await page.getByRole('link', { name: /Older/ }).click()
        await expect(page).toHaveURL(new RegExp(`/${s.id}/page/2$`))
        await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', `/${s.id}`)
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
          'href',
          `https://www.thenews.mx/${s.id}/page/2`,
        )
      }
      expect((await request.get(`/${s.id}/page/${pages + 1}`)).status()).toBe(404)
      expect((await request.get(`/${s.id}/page/0`)).status()).toBe(404)
      expect((await request.get(`/${s.id}/page/two`)).status()).toBe(404)
    })
  })
}
