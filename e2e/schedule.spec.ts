import { expect, test, type APIRequestContext } from '@playwright/test'
import { instantOf, scheduled } from './lib/content'
import { startIsolatedServer, type IsolatedServer } from './lib/isolated-server'

// A scheduled article appears by itself when its time comes, without a rebuild: the same build is
// started with its clock held in the present, then moved past the article's date, and every
// place a reader could find it is polled until ISR has regenerated it. Only the page renders see
// the moved clock; Next's cache still ages in real time, so a page is regenerated up to a minute
// (its revalidate interval) after the move, as it would be after a real publication time.

const article = scheduled[0]!
let server: IsolatedServer

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  // Copying .next and starting Next takes more than the default 30 s on a busy 2-core machine.
  test.setTimeout(120_000)
  server = await startIsolatedServer(3140)
})
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server log', { body: server.log() })
})
test.afterAll(async () => {
  await server?.stop()
})

async function text(request: APIRequestContext, path: string) {
  // One retry: a kept-alive connection the server is closing at that instant resets.
  const res = await request.get(server.baseURL + path).catch(() => request.get(server.baseURL + path))
  return { status: res.status(), body: await res.text() }
}

test('a scheduled article is nowhere before its time and everywhere after it', async ({ request }) => {
  test.setTimeout(240_000)
  expect(article, 'the sample content has a scheduled article').toBeTruthy()
  const places = [
    `/${article.section}`,
    '/',
    '/feed.xml',
    `/${article.section}/feed.xml`,
    '/sitemap.xml',
    `/search?q=${encodeURIComponent(article.title)}`,
  ]

  expect((await text(request, article.url)).status).toBe(404)
  for (const p of places) expect((await text(request, p)).body, p).not.toContain(article.url)

  // Thirty minutes after the article's date.
  await server.setClock(instantOf(article.date) + 30 * 60_000)

  await expect
    .poll(async () => (await text(request, article.url)).status, { timeout: 90_000, intervals: [1000] })
    .toBe(200)
  expect((await text(request, article.url)).body).toContain(article.title)
  for (const p of places) {
    await expect
      .poll(async () => (await text(request, p)).body, { message: p, timeout: 90_000, intervals: [1000] })
      .toContain(article.url)
  }
  const card = await request.get(`${server.baseURL}/og/${article.section}/${article.slug}.png`)
  await expect
    .poll(async () => (await request.get(card.url())).status(), { timeout: 90_000, intervals: [1000] })
    .toBe(200)
})
