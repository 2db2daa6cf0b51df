import { expect, test } from '@playwright/test'
import { authors, byNewest, publicArticles, typeOf } from './lib/content'
import { expectNoAxeViolations, watchForErrors } from './lib/page-checks'

const newest = [...publicArticles].sort(byNewest)
const withImage = newest.find((a) => a.image)!
const withoutImage = newest.find((a) => !a.image)!
const corrected = newest.find((a) => a.corrections.some((c) => c.kind !== 'clarification'))!
const opinion = newest.find((a) => typeOf(a) === 'opinion')!
const profiled = authors.find((a) => a.expertise && a.sameAs.length)!

// One of each page type.
const pages = [
  ['home', '/'],
  ['section front', '/mexico'],
  ['section page 2', '/mexico/page/2'],
  ['article with photo', withImage.url],
  ['article without photo', withoutImage.url],
  ['author', `/authors/${authors[0]!.id}`],
  ['author profile with links', `/authors/${profiled.id}`],
  ['corrected article', corrected.url],
  ['opinion article', opinion.url],
  ['corrections log', '/corrections'],
  ['live article', publicArticles.find((a) => a.type === 'live' && a.live)!.url],
  ['standards page', '/about/standards'],
  ['about', '/about'],
  ['not found', '/nothing-here'],
] as const

for (const [name, path] of pages) {
  test(`${name}: axe finds no violations and the console stays clean`, async ({ page }) => {
    const errors = watchForErrors(page)
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await expectNoAxeViolations(page)
    expect(errors).toEqual([])
  })
}

test('keyboard: the first Tab reaches the skip link, which moves focus to main', async ({ page }) => {
  await page.goto(withImage.url)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab')
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null)
  expect(inMain).toBe(true)
})

test('keyboard: every link and control in the header is reachable and shows focus', async ({ page }) => {
  await page.goto('/')
  const headerLinks = await page.getByRole('banner').locator('a, input, button').count()
  let reached = 0
  for (let i = 0; i < headerLinks + 1; i++) {
    await page.keyboard.press('Tab')
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      return { inHeader: !!el.closest('header'), outline: getComputedStyle(el).outlineStyle }
    })
    if (info.inHeader) {
      reached++
      expect(info.outline).not.toBe('none')
    }
  }
  expect(reached).toBe(headerLinks)
})
