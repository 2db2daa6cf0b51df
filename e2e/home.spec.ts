import { expect, test } from '@playwright/test'
import { SECTIONS } from '../config/sections'
import { authors, byNewest, publicArticles } from './lib/content'
import { expectPageStructure } from './lib/page-checks'

test('the front page leads with the newest story with a picture, then top stories and sections', async ({ page }) => {
  await page.goto('/')
  await expectPageStructure(page)
  const newest = [...publicArticles].sort(byNewest)
  const lead = newest.find((a) => a.image)!
  const leadBlock = page.getByRole('region', { name: 'Lead story' })
  await expect(leadBlock.getByRole('heading', { level: 2 })).toHaveText(lead.title)
  await expect(leadBlock.getByRole('img', { name: lead.image!.alt })).toBeVisible()
  const top = page.getByRole('region', { name: 'Top stories' })
  await expect(top.getByRole('heading', { level: 3 })).toHaveText(
    newest
      .filter((a) => a !== lead)
      .slice(0, 4)
      .map((a) => a.title),
  )
  for (const s of SECTIONS) await expect(page.getByRole('region', { name: s.label, exact: true })).toBeVisible()
})

test('a reader goes home → section → article → author', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Business' }).click()
  await expect(page).toHaveURL(/\/business$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business')
  const first = [...publicArticles].filter((a) => a.section === 'business' && a.authors.length).sort(byNewest)[0]!
  await page.getByRole('link', { name: first.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${first.url}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title)
  const author = authors.find((x) => x.id === first.authors[0])!
  await page.getByRole('article').first().getByRole('link', { name: author.name, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/authors/${author.id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name)
  await expect(page.getByRole('link', { name: first.title, exact: true })).toBeVisible()
})
