import { expect, test, type Browser, type Page } from '@playwright/test'
import { byNewest, publicArticles } from './lib/content'
import { E2E_SECRETS } from './lib/server-env'

// Readers are told apart by a keyed hash of address and browser, so three browsers with their own
// user agents are three readers; every other test's browsing counts once per article at most.
const target = [...publicArticles].sort(byNewest)[publicArticles.length - 1]!

async function readAsNewReader(browser: Browser, i: number) {
  const context = await browser.newContext({
    userAgent: `Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/156 Mobile Safari/537.36 reader-${i}-${Date.now()}`,
  })
  const page = await context.newPage()
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST')
  await page.goto(target.url)
  const response = await beacon
  expect(response.status()).toBe(204)
  expect(response.request().postData()).toBe(target.url)
  expect(await response.request().headerValue('cookie')).toBeNull()
  await context.close()
}

const mostRead = (page: Page) => page.getByRole('region', { name: 'Most read' }).getByRole('listitem')

test('the home page and articles list the most read stories, and beacons move an old story to the top', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(60_000)
  await page.goto('/')
  await expect(mostRead(page)).toHaveCount(10)

  for (let i = 0; i < 3; i++) await readAsNewReader(browser, i)

  // The list is a cached query refreshed every minute; the deploy hook makes it immediate.
  const res = await request.post('/api/revalidate', {
    headers: { authorization: `Bearer ${E2E_SECRETS.revalidate}`, 'content-type': 'application/json' },
    data: { tags: ['most-read'], paths: ['/', publicArticles[0]!.url] },
  })
  expect(res.status()).toBe(200)
  await expect
    .poll(
      async () => {
        await page.goto('/')
        return mostRead(page).first().textContent()
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe(target.title)
  await expect
    .poll(
      async () => {
        await page.goto(publicArticles[0]!.url)
        return mostRead(page).first().textContent()
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe(target.title)
})

test('the beacon is an inline script of a few hundred bytes', async ({ request }) => {
  const html = await (await request.get(publicArticles[1]!.url)).text()
  // The executable script (its text also travels, as a string, in the React payload).
  const scripts = [...html.matchAll(/<script>(\(function\(\)\{[^<]*\/api\/views[^<]*)<\/script>/g)].map((m) => m[1]!)
  expect(scripts).toHaveLength(1)
  expect(scripts[0]!.length).toBeLessThan(400)
})
