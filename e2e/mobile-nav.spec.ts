import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import sharp from 'sharp'
import { brandOf } from './lib/brands'
import { expectNoAxeViolations, expectNoHorizontalScroll } from './lib/page-checks'

// At 360 px the network strip's brands and the section links scroll sideways inside their bars
// (issue 21, item 6). An edge shade, drawn by CSS alone, shows that more links lie that way; a
// keyboard reaches every link and sees it. The bars are found by structure (the header's first and
// second nav), not by their words, which are the brand's. It runs on every built brand
// (playwright.config.ts: one project per brand), on its home and its first section's front.

test.use({ viewport: { width: 360, height: 740 } })

const PAGES = ['home', 'section front'] as const
const pathOf = (page: (typeof PAGES)[number], testInfo: TestInfo) =>
  page === 'home' ? '/' : `/${brandOf(testInfo).config.sections[0]!.id}`

const bars = (page: Page) => ({
  strip: page.locator('header > nav').nth(0).locator('ul').first(),
  sections: page.locator('header > nav').nth(1).locator('ul'),
})

/** How far the bar's outermost 6 px columns at each edge differ from its plain background, with the text hidden. */
async function edgeShade(page: Page, list: Locator): Promise<{ left: number; right: number }> {
  // Hide the words (and link underlines) so only the bar's own painting is measured.
  const style = await page.addStyleTag({
    content: '* { color: transparent !important; border-color: transparent !important; }',
  })
  const png = await list.screenshot()
  await style.evaluate((el) => (el as HTMLStyleElement).remove())
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const px = (x: number, y: number) => [0, 1, 2].map((c) => data[(y * info.width + x) * info.channels + c]!)
  const y = Math.floor(info.height / 2)
  const middle = px(Math.floor(info.width / 2), y)
  const diff = (x: number) => Math.max(...px(x, y).map((v, c) => Math.abs(v - middle[c]!)))
  const columns = (from: number) => Math.max(...[0, 1, 2, 3, 4, 5].map((i) => diff(from + i)))
  return { left: columns(0), right: columns(info.width - 6) }
}

for (const which of PAGES) {
  test(`${which}: the strip and the sections scroll sideways, a shade at the edge where more follow`, async ({
    page,
  }, testInfo) => {
    await page.goto(pathOf(which, testInfo))
    await expectNoHorizontalScroll(page)
    for (const [name, list] of Object.entries(bars(page))) {
      const size = await list.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
      expect(size.scroll, `${name} overflows`).toBeGreaterThan(size.client)

      await list.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }))
      const atStart = await edgeShade(page, list)
      expect(atStart.right, `${name}: a shade on the right at the start`).toBeGreaterThan(12)
      expect(atStart.left, `${name}: nothing on the left at the start`).toBeLessThanOrEqual(2)

      await list.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }))
      const atEnd = await edgeShade(page, list)
      expect(atEnd.left, `${name}: a shade on the left at the end`).toBeGreaterThan(12)
      expect(atEnd.right, `${name}: nothing on the right at the end`).toBeLessThanOrEqual(2)
    }
  })
}

// Chromium scrolls a focused link into a sideways bar only when less than 32 px of it shows (it
// counts a link that far in as seen; CSS cannot change that): so each link is asserted seen, not
// entirely hidden (WCAG 2.4.11), and the last one wholly in view with the bar at its end.
test('tabbing reaches every section link, each in view, the last one wholly', async ({ page }) => {
  await page.goto('/')
  const list = bars(page).sections
  const links = list.getByRole('link')
  const count = await links.count()
  expect(count).toBeGreaterThan(3)
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))
  await links.first().focus()
  let last = { left: 0, right: 0, barLeft: 0, barRight: 0 }
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    expect(focused).toBe(hrefs[i])
    last = await list.evaluate((el) => {
      const a = document.activeElement!.getBoundingClientRect()
      const b = el.getBoundingClientRect()
      return { left: a.left, right: a.right, barLeft: b.left, barRight: b.right }
    })
    const seen = Math.min(last.right, last.barRight) - Math.max(last.left, last.barLeft)
    expect(seen, `${hrefs[i]} shows`).toBeGreaterThanOrEqual(Math.min(last.right - last.left, 24))
  }
  expect(last.left).toBeGreaterThanOrEqual(last.barLeft)
  expect(last.right).toBeLessThanOrEqual(last.barRight)
  const end = await list.evaluate((el) => el.scrollWidth - el.clientWidth - el.scrollLeft)
  expect(end, 'the bar is scrolled to its end').toBeLessThanOrEqual(1)
  // At its end the right shade is gone: nothing covers the last link.
  expect((await edgeShade(page, list)).right).toBeLessThanOrEqual(2)
})

for (const which of PAGES) {
  test(`${which} passes axe at 360 px`, async ({ page }, testInfo) => {
    await page.goto(pathOf(which, testInfo))
    await expectNoAxeViolations(page)
  })
}
