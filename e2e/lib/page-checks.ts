import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Collects console errors and failed requests from the moment it is called. */
export function watchForErrors(page: Page) {
  const errors: string[] = []
  page.on('console', (m) => {
    // A 404 page's own status is reported by Chromium as a failed load; that one is expected.
    const ownStatus = m.location().url === page.url() && m.text().startsWith('Failed to load resource')
    if (m.type() === 'error' && !ownStatus) errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') errors.push(`${r.status()} ${r.url()}`)
  })
  return errors
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary).toEqual([])
}

/** The page structure every page shares: one h1 and the four landmarks. */
export async function expectPageStructure(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('contentinfo')).toHaveCount(1)
  await expect(page.getByRole('navigation', { name: 'Sister brands of our media group', exact: true })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible()
}

export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll, 'page must not scroll sideways').toBeLessThanOrEqual(client)
}
