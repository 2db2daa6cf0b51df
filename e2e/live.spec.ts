import { gzipSync } from 'node:zlib'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { publicArticles } from './lib/content'
import { api, auth, ended, post, running, unique } from './lib/live'

// Live coverage on a production build (issue 14): updates posted through the API appear on the
// static page within seconds, without a rebuild; the island offers them without moving the page.
// Other tests may post to the same article at the same time: each looks for its own unique text.
// The API's refusals: e2e/live-api.spec.ts.

type Ld = Record<string, unknown> & { '@type': string | string[] }
async function jsonLd(page: Page): Promise<Ld[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b) as Ld)
}

type Day = { day: string | null; heading: string | null; times: (string | null)[] }
/** The day groups a live blog shows, in order: the day, its heading's datetime, its updates' datetimes. */
function daysShown(blog: Locator): Promise<Day[]> {
  return blog.locator('[data-day]').evaluateAll((els) =>
    els.map((e) => ({
      day: e.getAttribute('data-day'),
      heading: e.querySelector(':scope > h3 > time')?.getAttribute('datetime') ?? null,
      times: [...e.querySelectorAll('article a > time')].map((t) => t.getAttribute('datetime')),
    })),
  )
}

/** Each day is named once, by a heading above its updates, and each update under it is of that day. */
function expectOneHeadingPerDay(days: Day[]) {
  expect(days.length, 'no day headings').toBeGreaterThan(0)
  expect(new Set(days.map((d) => d.day)).size, JSON.stringify(days)).toBe(days.length)
  for (const d of days) {
    expect(d.heading).toBe(d.day)
    expect(d.times.length).toBeGreaterThan(0)
    // Each update's Mexico City datetime ("2026-11-29T20:45:00-06:00") is on its heading's day.
    for (const t of d.times) expect(t?.slice(0, 10)).toBe(d.day)
  }
}

test('the sample has a running and an ended live article', () => {
  expect(running).toBeTruthy()
  expect(ended).toBeTruthy()
})

test('a posted update is on the page within 10 s, with its permalink and time; edits and withdrawals too', async ({
  page,
  request,
}) => {
  const title = unique('Evacuation ordered')
  const started = Date.now()
  const { id } = await post(request, {
    title,
    body: 'Residents of **low-lying** areas are asked to leave. <script>window.pwned=1</script> [more](javascript:alert(1))',
    time: new Date(Date.now() - 60_000).toISOString(),
  })
  await expect
    .poll(
      async () => {
        await page.goto(running.url)
        return page.locator(`#update-${id}`).count()
      },
      { timeout: 10_000, intervals: [500] },
    )
    .toBe(1)
  expect(Date.now() - started).toBeLessThan(10_000)
  const item = page.locator(`#update-${id}`)
  await expect(item.getByRole('heading', { name: title })).toBeVisible()
  await expect(item.locator('strong')).toHaveText('low-lying')
  await expect(item.locator('script')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  await expect(item.getByText('more')).not.toHaveAttribute('href', /javascript/)
  // The permalink is the update's time of day ("20:45"), its date being the day's heading above
  // (issue 21; it was the full date with seconds, "29 of November 2026 20:45:00", on every update).
  const permalink = item.getByRole('link', { name: /^\d\d:\d\d$/ })
  await expect(permalink).toHaveAttribute('href', `#update-${id}`)
  const datetime = await item.locator('time').getAttribute('datetime')
  expect(datetime).toMatch(/-0[56]:00$/)
  expect(await permalink.textContent()).toBe(datetime!.slice(11, 16))
  expect(await item.getByRole('heading', { name: title }).evaluate((h) => h.tagName)).toBe('H4')
  // The page stays static between updates: served from the cache.
  const again = await request.get(running.url)
  expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache'])

  const corrected = unique('Evacuation extended')
  const patched = await request.patch(`${api(running)}/${id}`, { headers: auth, data: { title: corrected } })
  expect(patched.status()).toBe(200)
  await expect
    .poll(async () => (await (await request.get(running.url)).text()).includes(corrected), { timeout: 10_000 })
    .toBe(true)
  expect((await request.delete(`${api(running)}/${id}`, { headers: auth })).status()).toBe(204)
  await expect
    .poll(async () => (await (await request.get(running.url)).text()).includes(`id="update-${id}"`), {
      timeout: 10_000,
    })
    .toBe(false)
})

test('the pinned update comes first; key events link to their updates', async ({ page, request }) => {
  const keyTitle = unique('Bridge closed')
  const { id } = await post(request, { title: keyTitle, body: 'The coastal bridge is closed.', key: true })
  await expect
    .poll(async () => (await (await request.get(running.url)).text()).includes(keyTitle), { timeout: 10_000 })
    .toBe(true)
  await page.goto(running.url)
  const blog = page.getByRole('region', { name: 'Live updates' })
  const first = blog.locator('article').first()
  await expect(first).toContainText('Pinned')
  const keyEvents = page.getByRole('navigation', { name: 'Key events' })
  const link = keyEvents.getByRole('link', { name: new RegExp(keyTitle) })
  await expect(link).toHaveAttribute('href', `#update-${id}`)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`#update-${id}$`))
  await expect(page.locator(`#update-${id}`)).toBeInViewport()
})

test('with JavaScript, the island announces new updates and shows them without moving the page', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000)
  await page.goto(running.url)
  await page.locator('footer').scrollIntoViewIfNeeded()
  await page.evaluate(() => window.scrollTo(0, 400))
  const y = await page.evaluate(() => window.scrollY)
  const title = unique('Power cut in the port')
  await post(request, { title, body: 'Crews are working to restore power.' })
  const status = page.locator('#live-poller').getByRole('status')
  const offer = status.getByRole('button', { name: /^\d+ new updates?$/ })
  await expect(offer).toBeVisible({ timeout: 25_000 })
  expect(await page.evaluate(() => window.scrollY)).toBe(y)
  await offer.click()
  const shown = page.getByRole('heading', { name: title })
  await expect(shown).toBeVisible()
  // Focus moves to the newest update (not lost to the page), and nothing scrolled away under it.
  await expect(page.locator('article:focus')).toContainText(title)
  await expect(offer).toHaveCount(0)
  // Shown as a reload would show it: its time of day, under its day's heading, each day named once.
  const blog = page.getByRole('region', { name: 'Live updates' })
  const item = blog.locator('article').filter({ has: shown })
  await expect(item.locator('a > time')).toHaveText(/^\d\d:\d\d$/)
  expect(await shown.evaluate((h) => h.tagName)).toBe('H4')
  expectOneHeadingPerDay(await daysShown(blog))
  const day = await item.locator('a > time').getAttribute('datetime')
  await expect(blog.locator(`[data-day="${day!.slice(0, 10)}"]`).filter({ has: shown })).toHaveCount(1)
})

test('updates show their time of day under one heading per day; the pinned one names its day', async ({ page }) => {
  // The ended article's updates are its file's, all on Sunday 22 November 2026 (Mexico City).
  await page.goto(ended.url)
  const blog = page.getByRole('region', { name: 'Updates' })
  const days = await daysShown(blog)
  expectOneHeadingPerDay(days)
  expect(days.map((d) => d.day)).toEqual(['2026-11-22'])
  await expect(blog.getByRole('heading', { level: 3, name: 'Sunday 22 November' })).toHaveCount(1)
  await expect(blog.locator('[data-day] article a > time')).toHaveText(['21:05', '20:41', '20:02', '19:05'])
  // Key events of one day: their time, then their title.
  await expect(page.getByRole('navigation', { name: 'Key events' }).getByRole('link')).toHaveText([
    '21:05: Full time: the title is decided by a header',
    '20:41: Goal in the 84th minute',
  ])
  await expect(blog.getByText(/\d{4} \d\d:\d\d:\d\d/)).toHaveCount(0)

  // The running one: its pinned update (20:45 on Sunday 29 November in its file) says its day,
  // shown as it is out of the days' order; every other day named once.
  await page.goto(running.url)
  const live = page.getByRole('region', { name: 'Live updates' })
  const pinned = live.locator('article').first()
  await expect(pinned).toContainText('Pinned')
  await expect(pinned.locator('time')).toHaveText(['Sunday 29 November', '20:45'])
  await expect(pinned.locator('time').first()).toHaveAttribute('datetime', '2026-11-29')
  expectOneHeadingPerDay(await daysShown(live))
})

test('a live article shows no reading time; other articles do', async ({ page, request }) => {
  const news = publicArticles.find((a) => !a.type && !a.live)!
  await page.goto(news.url)
  await expect(page.locator('header').getByText(/^\d+ min read$/)).toHaveCount(1)
  for (const a of [running, ended]) {
    await page.goto(a.url)
    await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible()
    await expect(page.getByText(/min read/)).toHaveCount(0)
  }
  expect(await (await request.get(`/lite${news.url}`)).text()).toMatch(/\d+ min read/)
  expect(await (await request.get(`/lite${running.url}`)).text()).not.toMatch(/min read/)
})

test('the island costs at most 3 kB gzipped, and only on live pages', async ({ page }) => {
  const scripts = async (url: string) => {
    const files = new Set<string>()
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') files.add(new URL(res.url()).pathname)
    })
    await page.goto(url)
    await page.waitForLoadState('networkidle')
    page.removeAllListeners('response')
    const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''))
    // (The RSC payload scripts, self.__next_f, repeat the page's markup: not the island.)
    return { files, island: inline.filter((t) => t.includes('/api/live/') && !t.startsWith('self.__next_f')) }
  }
  const news = await scripts(publicArticles.find((a) => !a.type && !a.live)!.url)
  const live = await scripts(running.url)
  const over = await scripts(ended.url)
  // The same bundles on every article; the island is one inline script, on the running live page only.
  expect([...live.files].filter((f) => !news.files.has(f))).toEqual([])
  expect(news.island).toEqual([])
  expect(over.island).toEqual([])
  expect(live.island).toHaveLength(1)
  expect(gzipSync(Buffer.from(live.island[0]!)).length).toBeLessThanOrEqual(3 * 1024)
})

test('an ended live article says so, offers no polling, and its JSON-LD has an end time', async ({ page }) => {
  await page.goto(ended.url)
  await expect(page.getByText('This live coverage has ended.')).toBeVisible()
  await expect(page.locator('#live-poller')).toHaveCount(0)
  const ld = (await jsonLd(page)).find((x) => x['@type'] === 'LiveBlogPosting')!
  expect(ld.coverageEndTime).toBeTruthy()
  expect(ld.coverageEndTime).toBe(ld.dateModified)
})

test('LiveBlogPosting JSON-LD: coverage start, updates with headline, time and text, publisher with logo', async ({
  page,
}) => {
  await page.goto(running.url)
  const ld = (await jsonLd(page)).find((x) => x['@type'] === 'LiveBlogPosting')!
  expect(ld.headline).toBe(running.title)
  expect(ld.coverageStartTime).toMatch(/-0[56]:00$/)
  expect(ld.coverageEndTime).toBeUndefined()
  const updates = ld.liveBlogUpdate as { headline: string; datePublished: string; articleBody: string; url: string }[]
  const shown = await page.getByRole('region', { name: 'Live updates' }).locator('article[id^="update-"]').count()
  expect(updates.length).toBe(shown)
  expect(shown, 'the running live article shows no updates').toBeGreaterThan(0)
  for (const u of updates) {
    expect(u.headline.length).toBeGreaterThan(0)
    expect(u.datePublished).toMatch(/-0[56]:00$/)
    expect(u.articleBody.length).toBeGreaterThan(0)
    expect(u.url).toMatch(/#update-/)
  }
  const latest = updates.map((u) => Date.parse(u.datePublished)).sort((a, b) => b - a)[0]!
  expect(Date.parse(ld.dateModified as string)).toBe(latest)
  const publisher = ld.publisher as { name: string; logo: { url: string } }
  expect(publisher.name).toBe('The News')
  expect(publisher.logo.url).toMatch(/^https?:\/\/.+\.png$/)
})

test('a live article shows a Live badge on its page and card while live', async ({ page }) => {
  await page.goto(running.url)
  await expect(page.getByRole('article').first().locator('header').getByText('Live', { exact: true })).toBeVisible()
  await page.goto(`/${running.section}`)
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: running.title }) })
  await expect(card.getByText('Live', { exact: true })).toBeVisible()
})

test('past 50 updates, older ones move to a numbered page', async ({ page, request }) => {
  test.setTimeout(60_000)
  const marker = unique('Older batch')
  // Oldest first in time, so the first of these lands on page 2 once 50 newer ones exist. The
  // first and the last are key events: their links cross from one page to the other.
  const base = Date.now() - 3 * 3600_000
  const ids: string[] = []
  for (let i = 0; i < 51; i++) {
    const { id } = await post(request, {
      title: `${marker} #${i}`,
      body: 'Batch update.',
      time: new Date(base + i * 60_000).toISOString(),
      key: i === 0 || i === 50,
    })
    ids.push(id)
  }
  await expect.poll(async () => (await request.get(`${running.url}/updates/2`)).status(), { timeout: 10_000 }).toBe(200)
  await page.goto(running.url)
  const older = page.getByRole('navigation', { name: 'Older updates' })
  await expect(older.getByRole('link', { name: 'Page 2' })).toHaveAttribute('href', `${running.url}/updates/2`)
  await expect(page.getByRole('region', { name: 'Live updates' }).locator('ol > li > article')).toHaveCount(50)
  await page.goto(`${running.url}/updates/2`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('earlier updates, page 2')
  await expect(page.getByRole('heading', { name: `${marker} #0`, exact: true })).toBeVisible()
  expectOneHeadingPerDay(await daysShown(page.getByRole('region', { name: 'Live updates' })))
  expect((await request.get(`${running.url}/updates/99`)).status()).toBe(404)

  // Key events link to the page their update is on: from page 2 to the first, and back.
  const keyLink = (n: number) =>
    page.getByRole('navigation', { name: 'Key events' }).getByRole('link', { name: `: ${marker} #${n}` })
  await expect(keyLink(50)).toHaveAttribute('href', `${running.url}#update-${ids[50]}`)
  await keyLink(50).click()
  await expect(page).toHaveURL(new RegExp(`${running.url}#update-${ids[50]}$`))
  await expect(page.locator(`#update-${ids[50]}`)).toBeInViewport()
  await expect(keyLink(0)).toHaveAttribute('href', `${running.url}/updates/2#update-${ids[0]}`)
  await keyLink(0).click()
  await expect(page).toHaveURL(new RegExp(`/updates/2#update-${ids[0]}$`))
  await expect(page.locator(`#update-${ids[0]}`)).toBeInViewport()
})

// Found by an attacker's review of a running build (2026-11-30); each failed before its fix.
