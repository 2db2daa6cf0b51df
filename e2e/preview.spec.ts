import { expect, test } from '@playwright/test'
import { drafts, scheduled } from './lib/content'
import { expectNoAxeViolations } from './lib/page-checks'
import { E2E_SECRETS } from './lib/server-env'

const draft = drafts[0]!
const previewUrl = (path: string, secret: string = E2E_SECRETS.preview) =>
  `/api/preview?secret=${encodeURIComponent(secret)}&path=${encodeURIComponent(path)}`

test('a missing or wrong secret is a bare 401 that sets nothing', async ({ request }) => {
  for (const url of [`/api/preview?path=${draft.url}`, previewUrl(draft.url, 'guess'), previewUrl(draft.url, '')]) {
    const res = await request.get(url, { maxRedirects: 0 })
    expect(res.status()).toBe(401)
    expect(await res.text()).toBe('Unauthorized\n')
    expect(res.headers()['set-cookie']).toBeUndefined()
  }
})

test('a path off the site is refused even with the secret', async ({ request }) => {
  for (const path of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
    const res = await request.get(previewUrl(path), { maxRedirects: 0 })
    expect(res.status(), path).toBe(400)
  }
})

test('an editor previews a draft and a scheduled article, then leaves preview', async ({ page }) => {
  expect((await page.request.get(draft.url)).status()).toBe(404)

  const response = await page.goto(previewUrl(draft.url))
  await expect(page).toHaveURL(draft.url)
  expect(response!.status()).toBe(200)
  expect(response!.headers()['cache-control']).toMatch(/no-store/)
  const banner = page.getByRole('region', { name: 'Preview' })
  await expect(banner).toContainText('Preview')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title)
  await expect(page.getByRole('note')).toContainText('Draft: not published')
  await expect(page.locator('meta[name="robots"][content*="noindex"]')).not.toHaveCount(0)
  // Editors' reading is not counted as readers' reading.
  expect(await page.content()).not.toContain('/api/views')
  await expectNoAxeViolations(page)

  const future = scheduled[0]!
  await page.goto(future.url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(future.title)
  await expect(page.getByRole('note')).toContainText('Scheduled: readers will see this article from')

  await page.goto(draft.url)
  await banner.getByRole('link', { name: 'Leave preview' }).click()
  await expect(page).toHaveURL(draft.url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
  await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0)
})
