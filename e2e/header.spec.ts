import { expect, test } from '@playwright/test'
import { DIVISIONS } from '../config/divisions'
import { BRANDS, CURRENT_BRAND_ID } from '../config/network'
import { SECTIONS } from '../config/sections'
import { expectNoHorizontalScroll } from './lib/page-checks'

const strip = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Sister brands of our media group', exact: true })

test.describe('network strip', () => {
  test('every sister brand is a named link, and this one is marked current', async ({ page }) => {
    await page.goto('/')
    const links = strip(page).getByRole('list', { name: 'Sister brands' }).getByRole('link')
    await expect(links).toHaveText(BRANDS.map((b) => b.name))
    for (const brand of BRANDS) {
      const link = strip(page).getByRole('link', { name: brand.name, exact: true })
      if (brand.id === CURRENT_BRAND_ID) {
        await expect(link).toHaveAttribute('aria-current', 'page')
        await expect(link).toHaveAttribute('href', '/')
      } else {
        await expect(link).not.toHaveAttribute('aria-current', /.*/)
        await expect(link).toHaveAttribute('href', brand.url)
      }
    }
  })

  // The built brand is The News (English): the other ten names are Spanish, said in Spanish.
  test('marks The News as this site, and each Spanish name with lang="es-MX", in the strip, the footer and /about', async ({
    page,
  }) => {
    const lists = [
      { path: '/', list: strip(page).getByRole('list', { name: 'Sister brands' }) },
      {
        path: '/',
        list: page.getByRole('navigation', { name: 'Sister brands of our media group (footer)', exact: true }),
      },
      { path: '/about', list: page.locator('#network + p + ul') },
    ]
    for (const { path, list } of lists) {
      await page.goto(path)
      const current = list.locator('[aria-current]')
      await expect(current, path).toHaveCount(1)
      await expect(current, path).toHaveText('The News')
      await expect(current, path).toHaveAttribute('aria-current', /^(page|true)$/)
      await expect(current, path).not.toHaveAttribute('lang', /.*/)
      const others = list.locator('a:not([aria-current])')
      await expect(others, path).toHaveCount(10)
      await expect(list.locator('[lang="es-MX"]'), path).toHaveCount(10)
      for (const name of ['Estadio Deportes', 'Capital Querétaro', 'Reporte Índigo'])
        await expect(list.getByRole('link', { name, exact: true }), `${path}: ${name}`).toHaveAttribute('lang', 'es-MX')
    }
  })

  test('every division is a named link to a real page section', async ({ page, request }) => {
    await page.goto('/')
    const links = strip(page).getByRole('list', { name: 'Divisions' }).getByRole('link')
    await expect(links).toHaveText(DIVISIONS.map((d) => d.name))
    for (const d of DIVISIONS) {
      const href = await strip(page).getByRole('link', { name: d.name, exact: true }).getAttribute('href')
      const [path, anchor] = href!.split('#')
      expect((await request.get(path!)).status()).toBe(200)
      await page.goto(href!)
      await expect(page.locator(`#${anchor}`)).toContainText(d.name)
    }
  })

  // The page is built once; the date must still be the reader's today in Mexico City.
  const clocks = [
    { utc: '2026-03-01T05:30:00Z', expected: 'Saturday 28, February 2026', datetime: '2026-02-28' },
    { utc: '2026-03-01T06:00:00Z', expected: 'Sunday 1, March 2026', datetime: '2026-03-01' },
    { utc: '2019-09-19T04:30:00Z', expected: 'Wednesday 18, September 2019', datetime: '2019-09-18' },
    { utc: '2027-01-01T05:59:00Z', expected: 'Thursday 31, December 2026', datetime: '2026-12-31' },
  ]
  for (const c of clocks)
    test(`shows ${c.expected} when it is ${c.utc}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(c.utc))
      await page.goto('/mexico')
      const date = strip(page).locator('time')
      await expect(date).toHaveText(c.expected)
      await expect(date).toHaveAttribute('datetime', c.datetime)
    })

  test('also updates the date with JavaScript on a page reached by a link', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2030-07-04T12:00:00Z'))
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Tech' }).click()
    await expect(page).toHaveURL(/\/tech$/)
    await expect(strip(page).locator('time')).toHaveText('Thursday 4, July 2030')
  })
})

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1280, height: 800 } })
  test('show every sister brand without scrolling the strip', async ({ page }) => {
    await page.goto('/')
    for (const brand of BRANDS) {
      const box = await strip(page).getByRole('link', { name: brand.name, exact: true }).boundingBox()
      expect(box, brand.name).not.toBeNull()
      expect(box!.x + box!.width, brand.name).toBeLessThanOrEqual(1280)
      await expect(strip(page).getByRole('link', { name: brand.name, exact: true })).toBeInViewport({ ratio: 1 })
    }
  })
})

test.describe('section navigation', () => {
  for (const s of SECTIONS)
    test(`marks ${s.label} as current on its front`, async ({ page }) => {
      await page.goto(`/${s.id}`)
      const nav = page.getByRole('navigation', { name: 'Sections', exact: true })
      await expect(nav.getByRole('link', { name: s.label, exact: true })).toHaveAttribute('aria-current', 'page')
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1)
    })
})

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 320, height: 640 } })
  for (const path of ['/', '/mexico', '/about'])
    test(`${path} has no sideways page scroll at 320 px`, async ({ page }) => {
      await page.goto(path)
      await expectNoHorizontalScroll(page)
      await expect(strip(page)).toBeVisible()
    })
})
