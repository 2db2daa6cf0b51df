import { expect, test } from '@playwright/test'
import { SECTIONS } from '../config/sections'
import { authors, byNewest, drafts, publicArticles, scheduled, unpublished } from './lib/content'
import { expectNoHorizontalScroll, expectPageStructure } from './lib/page-checks'

const HOUSE_TIME = /^\d{1,2} of [A-Z][a-z]+ \d{4} \d{2}:\d{2}:\d{2}$/

// One article per section, the newest: the data drives the tests, no slugs hard-coded.
const perSection = SECTIONS.map((s) => publicArticles.filter((a) => a.section === s.id).sort(byNewest)[0]!)

test.describe('article page', () => {
  for (const a of perSection)
    test(`${a.section}: ${a.slug} shows headline, dek, byline, time and body`, async ({ page }) => {
      await page.goto(a.url)
      await expectPageStructure(page)
      const article = page.getByRole('article').first()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title)
      await expect(article.getByText(a.summary, { exact: true })).toBeVisible()
      const sectionLabel = SECTIONS.find((s) => s.id === a.section)!.label
      await expect(article.getByRole('link', { name: sectionLabel, exact: true }).first()).toHaveAttribute(
        'href',
        `/${a.section}`,
      )
      const published = article.locator('header time').first()
      await expect(published).toHaveText(HOUSE_TIME)
      await expect(published).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
      const names = a.authors.length ? a.authors.map((id) => authors.find((x) => x.id === id)!.name) : ['The News']
      await expect(article.locator('header')).toContainText(`By ${names[0]}`)
      for (const name of names) await expect(article.getByRole('link', { name, exact: true })).toBeVisible()
      await expect(page).toHaveTitle(`${a.title} | The News`)
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://www.thenews.mx${a.url}`)
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', a.summary)
    })

  test('a lead photo is a figure with its caption ending in the credit', async ({ page }) => {
    const a = publicArticles.find((x) => x.image?.caption && x.image.credit)!
    await page.goto(a.url)
    const figure = page.locator('article figure').first()
    await expect(figure.getByRole('img', { name: a.image!.alt })).toBeVisible()
    await expect(figure.locator('figcaption')).toHaveText(`${a.image!.caption}, photo: ${a.image!.credit}`)
    const img = figure.locator('img')
    await expect(img).toHaveAttribute('srcset', /\/_next\/image\?url=/)
    await expect(img).toHaveAttribute('fetchpriority', 'high')
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
    await expect(page.locator(`link[rel="preload"][as="image"]`)).toHaveCount(1)
  })

  test('a missing optional field simply does not render; a photo is always a figure with its credit', async ({
    page,
  }) => {
    const a = publicArticles.find((x) => x.image && !x.image.caption)!
    await page.goto(a.url)
    await expect(page.getByRole('img', { name: a.image!.alt })).toBeVisible()
    // No caption: the figcaption is the credit alone, never empty.
    const figure = page.getByRole('article').first().locator('figure').first()
    await expect(figure.locator('figcaption')).toHaveText(`photo: ${a.image!.credit}`)
    await expect(page.locator('article figcaption:empty')).toHaveCount(0)
    await expect(page.locator('main')).not.toContainText(/No available|undefined|null/)
  })

  test('an article with no author is signed by The News', async ({ page }) => {
    const a = publicArticles.find((x) => x.authors.length === 0)!
    await page.goto(a.url)
    const byline = page.getByRole('article').first().locator('header')
    await expect(byline).toContainText('By The News')
    // The name links to the bylines policy: what an unsigned story means.
    await expect(byline.getByRole('link', { name: 'The News', exact: true })).toHaveAttribute('href', '/about/bylines')
  })

  test('an updated article says when it was updated', async ({ page }) => {
    const a = publicArticles.find((x) => x.updated)!
    await page.goto(a.url)
    const updated = page
      .getByRole('article')
      .first()
      .locator('header')
      .getByText(/^Updated /)
    await expect(updated).toBeVisible()
    await expect(updated.locator('time')).toHaveText(HOUSE_TIME)
  })

  test('an article that is not updated says nothing about updates', async ({ page }) => {
    const a = publicArticles.find((x) => !x.updated)!
    await page.goto(a.url)
    await expect(page.getByRole('article').first().locator('header')).not.toContainText('Updated')
  })

  test('MDX components render: pull quote, fact box, related link, table', async ({ page }) => {
    await page.goto(publicArticles.find((x) => x.slug === 'peso-ends-week-stronger')?.url ?? perSection[2]!.url)
    const body = page.getByRole('article').first()
    await expect(body.getByRole('complementary', { name: 'The week in markets' })).toBeVisible()
    await expect(body.getByRole('table')).toBeVisible()
    await expect(body.getByText('Read also:')).toBeVisible()
  })

  test('suggests 3 to 5 related articles, never itself, all reachable', async ({ page, request }) => {
    const a = perSection[0]!
    await page.goto(a.url)
    const related = page.getByRole('region', { name: 'Keep reading' })
    const links = related.getByRole('heading').getByRole('link')
    const count = await links.count()
    expect(count).toBeGreaterThanOrEqual(3)
    expect(count).toBeLessThanOrEqual(5)
    for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
      expect(href).not.toBe(a.url)
      expect((await request.get(href)).status()).toBe(200)
    }
  })

  test('is readable at 320 px without sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(perSection[0]!.url)
    await expectNoHorizontalScroll(page)
  })

  test('drafts and scheduled articles are nowhere in the production build', async ({ page, request }) => {
    expect(drafts.length).toBeGreaterThan(0)
    expect(scheduled.length).toBeGreaterThan(0)
    for (const d of unpublished) {
      expect((await request.get(d.url)).status()).toBe(404)
      await page.goto(`/${d.section}`)
      await expect(page.getByRole('main')).not.toContainText(d.title)
    }
  })
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('an article is fully readable', async ({ page }) => {
    const a = perSection[1]!
    await page.goto(a.url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title)
    const paragraphs = page.getByRole('article').first().locator('p')
    expect(await paragraphs.count()).toBeGreaterThan(3)
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached()
  })
})

test('article pages are served from the static (ISR) cache, not rendered per request', async ({ request }) => {
  for (const a of perSection.slice(0, 3)) {
    const res = await request.get(a.url)
    expect(res.status()).toBe(200)
    // Next repeats the header ("1, 1") on a stale entry's first answer after the build.
    expect(res.headers()['x-nextjs-prerender']).toMatch(/^1(, 1)*$/)
    expect(['HIT', 'STALE']).toContain(res.headers()['x-nextjs-cache'])
  }
})
