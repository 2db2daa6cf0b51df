import { readFileSync } from 'node:fs'
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

// `npm test` builds with PREBUILD_LIST_PAGES=1 (scripts/test.sh), so every page 2 is one that a
// large archive renders on its first request: these tests read the real build's manifest and
// then fetch such pages through the server.
test('archive pages past PREBUILD_LIST_PAGES are not prebuilt, render on request, then come from the cache', async ({
  request,
}) => {
  const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as { routes: object }
  const routes = Object.keys(manifest.routes)
  expect(routes).toContain('/mexico')
  expect(routes.filter((r) => /\/page\/\d+$/.test(r))).toEqual([])
  const deep = SECTIONS.find((s) => publicArticles.filter((a) => a.section === s.id).length > site.articlesPerPage)!
  const url = `/${deep.id}/page/2`
  const first = await request.get(url)
  expect(first.status()).toBe(200)
  expect(await first.text()).toContain('rel="canonical"')
  const again = await request.get(url)
  expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache'])
})
