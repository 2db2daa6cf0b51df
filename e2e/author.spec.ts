import { expect, test } from '@playwright/test'
import { site } from '../config/site'
import { authors, byNewest, publicArticles } from './lib/content'
import { expectPageStructure } from './lib/page-checks'

for (const author of authors) {
  test(`author pages for ${author.name} list their published articles, newest first, across pages`, async ({
    page,
    request,
  }) => {
    const expected = publicArticles.filter((a) => a.authors.includes(author.id)).sort(byNewest)
    const pages = Math.max(1, Math.ceil(expected.length / site.articlesPerPage))
    const seen: string[] = []
    for (let n = 1; n <= pages; n++) {
      await page.goto(n === 1 ? `/authors/${author.id}` : `/authors/${author.id}/page/${n}`)
      await expectPageStructure(page)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(author.name)
      await expect(page.getByRole('main')).toContainText(author.role)
      seen.push(
        ...(await page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').allTextContents()),
      )
    }
    expect(seen).toEqual(expected.map((a) => a.title))
    expect((await request.get(`/authors/${author.id}/page/${pages + 1}`)).status()).toBe(404)
  })
}
