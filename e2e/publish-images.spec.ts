import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { copyProject } from '../scripts/project-copy'
import { startIsolatedServer, type IsolatedServer } from './lib/isolated-server'

// Images go with a publish (issue 20, ADR 0019 "Images"): an editor adds a new photo to public/
// in their checkout, writes a story that leads with it and shows another in its body, and runs
// `npm run publish`. On the running production server (no build, no restart) the page shows both
// pictures through Next's image optimizer, the photo answers at its /images/ URL, and the crops
// that the share metadata and the JSON-LD name answer too.

const KEY = { name: 'e2e-photo-desk', secret: `publish-${randomBytes(6).toString('hex')}` }
const word = `zp${randomBytes(3).toString('hex')}`
const slug = `published-harbour-photo-${word}`
const file = `content/articles/mexico/${slug}.mdx`
const url = `/mexico/${slug}`
const LEAD = `/images/mexico/harbour-${word}.jpg`
const INLINE = `/images/mexico/harbour-map-${word}.png`

let server: IsolatedServer
let project = ''

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startIsolatedServer(3196, { PUBLISH_SECRET: `${KEY.name}:${KEY.secret}` })
  project = copyProject('publish-images', [
    'package.json',
    'tsconfig.json',
    'config',
    'lib',
    'scripts',
    'content',
    'public',
  ])
})
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server log', { body: server.log() })
})
test.afterAll(async () => {
  await server?.stop()
  if (project) rmSync(project, { recursive: true, force: true })
})

/** A photo with something in it (a flat colour would crop the same anywhere). */
const photo = (width: number, height: number, format: 'jpeg' | 'png') =>
  sharp({ create: { width, height, channels: 3, background: '#1d4e89' } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#f2c14e"/></svg>`,
        ),
      },
    ])
    .toFormat(format)
    .toBuffer()

test('a story with a new lead photo and a new body photo: the page shows both, and every image URL answers', async ({
  page,
  request,
}) => {
  const lead = await photo(1600, 900, 'jpeg')
  mkdirSync(join(project, 'public/images/mexico'), { recursive: true })
  writeFileSync(join(project, `public${LEAD}`), lead)
  writeFileSync(join(project, `public${INLINE}`), await photo(900, 600, 'png'))
  mkdirSync(join(project, 'content/articles/mexico'), { recursive: true })
  writeFileSync(
    join(project, file),
    `---\ntitle: Harbour ${word} reopens its night pier\nsummary: The pier closed by the storm takes boats again after dark.\n` +
      `date: ${new Date(Date.now() - 60_000).toISOString()}\nsection: mexico\n` +
      `image:\n  src: ${LEAD}\n  alt: The night pier ${word} lit again\n  credit: The News\n---\n\n` +
      'The pier that the storm closed in October takes boats again after dark.\n\n' +
      `<Figure src="${INLINE}" alt="Map of the pier ${word}" caption="Where the boats tie up." credit="The News" />\n`,
  )
  for (const path of [LEAD, INLINE]) expect((await request.get(server.baseURL + path)).status(), path).toBe(404)

  const run = spawnSync('npx', ['tsx', 'scripts/publish.ts', file], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: server.baseURL, PUBLISH_SECRET: KEY.secret, PUBLISH_WAIT_SECONDS: '10' },
    timeout: 60_000,
  })
  const output = `${run.stdout}\n${run.stderr}`
  expect(run.status, output).toBe(0)
  expect(output).toContain(`sending ${LEAD}`)
  expect(output).toContain(`sending ${INLINE}`)
  expect(output).toContain(`shown ${server.baseURL}${url}`)

  // The photo at its own URL: the editor's bytes, as a JPEG.
  const original = await request.get(server.baseURL + LEAD)
  expect(original.status()).toBe(200)
  expect(original.headers()['content-type']).toBe('image/jpeg')
  expect(Buffer.from(await original.body()).equals(readFileSync(join(project, `public${LEAD}`)))).toBe(true)

  // The feed's enclosure gives the photo's real size (it is not in public/: the database knows it).
  const feed = await (await request.get(server.baseURL + '/feed.xml')).text()
  const enclosure = feed.match(new RegExp(`<enclosure url="[^"]*${LEAD}" length="(\\d+)"`))
  expect(enclosure?.[1], 'the enclosure of the published photo').toBe(
    String(statSync(join(project, `public${LEAD}`)).size),
  )

  // The page: both figures drawn by the browser through /_next/image.
  await page.goto(server.baseURL + url)
  for (const alt of [`The night pier ${word} lit again`, `Map of the pier ${word}`]) {
    const img = page.locator(`figure img[alt="${alt}"]`)
    await img.scrollIntoViewIfNeeded()
    expect(await img.getAttribute('src'), alt).toContain('/_next/image?url=')
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { message: alt })
      .toBeGreaterThan(0)
  }

  // The share metadata and the JSON-LD name the crops the build would make: each answers.
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content')
  expect(ogImage).toContain(`/renditions/16x9/mexico/harbour-${word}.jpg`)
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents()
  const article = ld.map((t) => JSON.parse(t) as { '@type'?: string; image?: { url: string }[] }).find((j) => j.image)
  const crops = (article?.image ?? []).map((i) => new URL(i.url).pathname)
  expect(crops.length).toBe(3)
  for (const path of [new URL(ogImage!).pathname, ...crops]) {
    const res = await request.get(server.baseURL + path)
    expect(res.status(), path).toBe(200)
    expect(res.headers()['content-type'], path).toBe('image/jpeg')
    const meta = await sharp(Buffer.from(await res.body())).metadata()
    expect(meta.width, path).toBe(1200)
  }

  // The lite page's small plain images come from the optimizer too.
  const lite = await request.get(`${server.baseURL}/lite${url}`)
  expect(lite.status()).toBe(200)
  const srcs = [...(await lite.text()).matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
  const ours = srcs.filter((s) => s.includes(encodeURIComponent(`-${word}.`)))
  expect(ours.length).toBe(2)
  for (const src of ours) {
    const res = await request.get(server.baseURL + src)
    expect(res.status(), src).toBe(200)
    expect(res.headers()['content-type'], src).toMatch(/^image\//)
  }
})

test('the same path with other bytes is refused (409) and the site keeps the first picture', async ({ request }) => {
  const before = Buffer.from(await (await request.get(server.baseURL + LEAD)).body())
  const other = await photo(1600, 1000, 'jpeg')
  const res = await request.post(`${server.baseURL}/api/publish`, {
    headers: { authorization: `Bearer ${KEY.secret}` },
    data: {
      files: [{ path: file, text: readFileSync(join(project, file), 'utf8') }],
      images: [
        { path: LEAD, data: other.toString('base64'), sha256: createHash('sha256').update(other).digest('hex') },
      ],
    },
  })
  expect(res.status()).toBe(409)
  expect(((await res.json()) as { error: string }).error).toContain(`${LEAD}: images[0].data:`)
  expect(Buffer.from(await (await request.get(server.baseURL + LEAD)).body()).equals(before)).toBe(true)
})
