import { expect, test } from '@playwright/test'
import { authors, byNewest, publicArticles } from './lib/content'
import { expectPageStructure } from './lib/page-checks'

for (const author of authors) {
  test(`author page for ${author.name} lists their published articles`, async ({ page }) => {
    await page.goto(`/authors/${author.id}`)
    await expectPageStructure(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name)
    await expect(page.getByRole('main')).toContainText(author.role)
    const expected = publicArticles.filter((a) => a.authors.includes(author.id)).sort(byNewest)
    const titles = await page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').allTextContents()
    expect(titles).toEqual(expected.map((a) => a.title))
  })
}
