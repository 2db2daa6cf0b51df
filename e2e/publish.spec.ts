import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { copyProject } from '../scripts/project-copy'
import { startIsolatedServer, type IsolatedServer } from './lib/isolated-server'

// Publishing without a build (issue 20, ADR 0019): an editor's `npm run publish -- FILE` against a
// running production server (`npm start`, its own copy of the build and its own embedded
// database), and every page a reader could find the story on shows it within 10 s; then an edit,
// then a withdrawal. No restart, no `next build`.

const KEY = { name: 'e2e-desk', secret: `publish-${randomBytes(6).toString('hex')}` }
const word = `zq${randomBytes(3).toString('hex')}` // in the headline: what search must find
const slug = `published-night-ferry-${word}`
const file = `content/articles/mexico/${slug}.mdx`
const url = `/mexico/${slug}`
// An old address the story is published with (frontmatter `aliases`): no build has ever seen it.
const alias = `/mexico/ferry-old-address-${word}`

let server: IsolatedServer
let project = ''

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startIsolatedServer(3186, { PUBLISH_SECRET: `${KEY.name}:${KEY.secret}` })
  // The editor's checkout: the command checks files with the build's rules against its content/.
  project = copyProject('publish', ['package.json', 'tsconfig.json', 'config', 'lib', 'scripts', 'content', 'public'])
})
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server log', { body: server.log() })
})
test.afterAll(async () => {
  await server?.stop()
  if (project) rmSync(project, { recursive: true, force: true })
})

const published = new Date(Date.now() - 60_000).toISOString()

function write(title: string, extra = '', { path = file, date = published } = {}) {
  mkdirSync(join(project, 'content/articles/mexico'), { recursive: true })
  writeFileSync(
    join(project, path),
    `---\ntitle: ${title}\nsummary: The harbour adds a late boat for hotel workers who finish after eleven.\n` +
      `date: ${date}\nsection: mexico\ntags: [Ferries]\n${path === file ? `aliases: [${alias}]\n` : ''}${extra}---\n\n` +
      'The ferry line added a crossing at half past eleven at night, after months of requests from hotel staff.\n',
  )
}

function publish(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/publish.ts', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: server.baseURL, PUBLISH_SECRET: KEY.secret, PUBLISH_WAIT_SECONDS: '10' },
    timeout: 60_000,
  })
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

const PLACES = [
  url,
  `/lite${url}`,
  '/',
  '/mexico',
  '/tags/ferries',
  '/feed.xml',
  '/mexico/feed.xml',
  '/sitemap.xml',
  '/news-sitemap.xml',
  `/search?q=${word}`,
]

async function body(request: APIRequestContext, path: string) {
  const res = await request.get(server.baseURL + path)
  return { status: res.status(), text: await res.text() }
}

/** Every place shows `piece` within 10 s of the command's end (each polled from then). */
async function everywhere(request: APIRequestContext, piece: string, present = true) {
  const done = Date.now()
  expect(PLACES.length).toBeGreaterThan(0)
  for (const path of PLACES) {
    const left = Math.max(1000, 10_000 - (Date.now() - done))
    const poll = expect.poll(async () => (await body(request, path)).text.includes(piece), {
      message: `${path} ${present ? 'shows' : 'no longer shows'} ${piece}`,
      timeout: left,
      intervals: [250],
    })
    await (present ? poll.toBe(true) : poll.toBe(false))
  }
}

test('a new story is on its page, the fronts, the feeds, the sitemaps and search within 10 s', async ({ request }) => {
  for (const path of PLACES) expect((await body(request, path)).text, path).not.toContain(url)
  write(`Night ferry to Isla Mujeres ${word} adds a late crossing`)
  const run = publish(file)
  expect(run.status, run.output).toBe(0)
  expect(run.output).toContain(`created ${server.baseURL}${url}`)
  await everywhere(request, url)
  expect((await body(request, url)).text).toContain(`Night ferry to Isla Mujeres ${word} adds a late crossing`)
})

test('the published story’s alias redirects to it (308), without JavaScript', async ({ browser, request }) => {
  const res = await request.get(server.baseURL + alias, { maxRedirects: 0 })
  expect(res.status()).toBe(308)
  expect(res.headers()['location']).toBe(url)
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const landed = await page.goto(server.baseURL + alias)
    expect(landed?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe(url)
  } finally {
    await context.close()
  }
})

test('an edit replaces the story everywhere it shows its headline', async ({ request }) => {
  write(`Late ferry to Isla Mujeres ${word} will run all year`)
  const run = publish(file)
  expect(run.status, run.output).toBe(0)
  expect(run.output).toContain(`updated ${server.baseURL}${url}`)
  for (const path of [url, '/', '/mexico', '/feed.xml'])
    await expect
      .poll(
        async () => (await body(request, path)).text.includes(`Late ferry to Isla Mujeres ${word} will run all year`),
        {
          message: path,
          timeout: 10_000,
        },
      )
      .toBe(true)
})

test('a correction shows on the page, in /corrections and in the feed, and updates dateModified', async ({
  request,
}) => {
  const text = `An earlier version gave the wrong departure time ${word}.`
  // Whole seconds: the JSON-LD gives dates to the second.
  const fixed = new Date(Math.floor(Date.now() / 1000 - 1) * 1000).toISOString()
  write(`Late ferry to Isla Mujeres ${word} will run all year`, `corrections:\n  - date: ${fixed}\n    text: ${text}\n`)
  const run = publish(file)
  expect(run.status, run.output).toBe(0)
  for (const path of [url, '/corrections', '/feed.xml'])
    await expect
      .poll(async () => (await body(request, path)).text.includes(text), { message: path, timeout: 10_000 })
      .toBe(true)
  const page = (await body(request, url)).text
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as { dateModified?: string },
  )
  const ld = blocks.find((b) => b.dateModified)
  expect(ld, 'the article JSON-LD with dateModified').toBeDefined()
  expect(Date.parse(ld!.dateModified!)).toBe(Date.parse(fixed))
})

test('a scheduled story stays hidden until its time, then appears without another command', async ({ request }) => {
  test.setTimeout(180_000)
  const later = `published-later-${word}`
  const laterUrl = `/mexico/${later}`
  const at = Date.now() + 30_000
  write(`Harbour pilots ${word} publish their new tide tables`, '', {
    path: `content/articles/mexico/${later}.mdx`,
    date: new Date(at).toISOString(),
  })
  const run = publish(`content/articles/mexico/${later}.mdx`)
  expect(run.status, run.output).toBe(0)
  expect(run.output).toContain(`scheduled ${server.baseURL}${laterUrl}`)
  expect((await body(request, laterUrl)).status).toBe(404)
  for (const path of ['/', '/mexico', '/feed.xml'])
    expect((await body(request, path)).text, path).not.toContain(laterUrl)
  // Lists regenerate within their minute once the time has come (as a built scheduled story does).
  await expect.poll(() => Date.now(), { timeout: 40_000 }).toBeGreaterThan(at)
  await expect
    .poll(async () => (await body(request, laterUrl)).status, { timeout: 90_000, intervals: [1000] })
    .toBe(200)
  for (const path of ['/', '/mexico', '/feed.xml'])
    await expect
      .poll(async () => (await body(request, path)).text.includes(laterUrl), {
        message: path,
        timeout: 90_000,
        intervals: [1000],
      })
      .toBe(true)
})

test('a withdrawn story leaves every list, feed, sitemap and search, and its page is gone', async ({ request }) => {
  const run = publish('--withdraw', file)
  expect(run.status, run.output).toBe(0)
  // It existed: 410 Gone with a short page, and its lite twin too.
  for (const path of [url, `/lite${url}`])
    await expect.poll(async () => (await body(request, path)).status, { message: path, timeout: 10_000 }).toBe(410)
  expect((await body(request, url)).text).toContain('This story has been withdrawn')
  // Its alias stops redirecting: it names the same withdrawn story, so 410 too (not 404).
  const gone = await request.get(server.baseURL + alias, { maxRedirects: 0 })
  expect(gone.status()).toBe(410)
  expect(await gone.text()).toContain('This story has been withdrawn')
  PLACES.splice(0, 2) // the page and its lite twin: gone, not listing
  await everywhere(request, url, false)
})

test('the withdrawn story’s page, without JavaScript, is the short 410 page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const res = await page.goto(server.baseURL + url)
    expect(res?.status()).toBe(410)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This story has been withdrawn')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  } finally {
    await context.close()
  }
})
