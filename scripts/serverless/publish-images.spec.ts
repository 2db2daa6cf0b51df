// Images published with a story on the serverless artefact (issue 20, ADR 0019 "Images"): the
// editor's `npm run publish` (run as is) sends a new lead photo with the article through the
// server function (Lambda handler, PostgreSQL); then the server function answers the photo and its
// crops at the build's URLs (what the CDN's failover origin gets for paths the assets bucket lacks),
// and the image optimization function resizes it (its loader: the assets folder, then PostgreSQL;
// lib/serverless/published-image-loader.ts). A path nobody published is a 404 from both. Built and
// run as artefact.spec.ts (scripts/test.sh).
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import sharp from 'sharp'
import { assertLocalArtefact, header, httpBridge, NETWORK_ATTEMPT, SERVER, type Bridge } from './harness'
import { editorCheckout, runPublish, type EditorCheckout } from './publish-command'
import {
  apiGatewayEvent,
  bodyBytes,
  bodyText,
  functionTmp,
  readOnlyCopy,
  startFunction,
  type LambdaResult,
  type RunningFunction,
  type Sandbox,
} from './sandbox'
import { createTestDatabase, type TestDatabase } from './test-database'

const ROOT = resolve(import.meta.dirname, '../..')
const KEY = { name: 'lambda-photo-desk', secret: `publish-${randomBytes(6).toString('hex')}` }
const word = `zq${randomBytes(3).toString('hex')}`
const slug = `published-harbour-photo-${word}`
const file = `content/articles/mexico/${slug}.mdx`
const photo = `/images/mexico/harbour-${word}.jpg`
/** Where the build puts a lead photo's crops (README "Publishing": /renditions/{16x9,4x3,1x1}/…). */
const crops = { '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 } as const
const cropPath = (ratio: keyof typeof crops) => `/renditions/${ratio}/mexico/harbour-${word}.jpg`
const nobodys = `/images/mexico/never-published-${word}.jpg`

let sandbox: Sandbox
let database: TestDatabase | undefined
let editor: EditorCheckout | undefined
let server: RunningFunction | undefined
let images: RunningFunction | undefined
let bridge: Bridge | undefined
let photoBytes: Buffer

async function get(fn: RunningFunction, path: string, headers: Record<string, string> = {}): Promise<LambdaResult> {
  const [pathname, query] = path.split('?')
  return (await fn.invoke(apiGatewayEvent({ path: pathname!, query: query ?? '', headers }))).result
}
const optimized = (src: string, width = 640) =>
  get(images!, `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=75`, { accept: 'image/webp,*/*' })

/** The editor's public/: the project's files, and a new photo in public/images/mexico only here. */
function withOwnPhoto(dir: string, bytes: Buffer) {
  rmSync(join(dir, 'public'))
  mkdirSync(join(dir, 'public/images/mexico'), { recursive: true })
  for (const entry of readdirSync(join(ROOT, 'public')))
    if (entry !== 'images') symlinkSync(join(ROOT, 'public', entry), join(dir, 'public', entry))
  for (const entry of readdirSync(join(ROOT, 'public/images')))
    if (entry !== 'mexico') symlinkSync(join(ROOT, 'public/images', entry), join(dir, 'public/images', entry))
  for (const entry of readdirSync(join(ROOT, 'public/images/mexico')))
    symlinkSync(join(ROOT, 'public/images/mexico', entry), join(dir, 'public/images/mexico', entry))
  writeFileSync(join(dir, 'public', photo), bytes)
}

describe('images published on the serverless artefact (server and image functions, PostgreSQL)', () => {
  before(async () => {
    assertLocalArtefact()
    sandbox = readOnlyCopy('.open-next')
    database = await createTestDatabase()
    // 1,600 × 1,000: wider than the build's 1,200 px rule for lead photos; two halves so crops differ.
    const half = { width: 800, height: 1000, channels: 3 } as const
    photoBytes = await sharp({ create: { ...half, width: 1600, background: { r: 20, g: 90, b: 160 } } })
      .composite([
        {
          input: await sharp({ create: { ...half, background: { r: 230, g: 180, b: 40 } } })
            .png()
            .toBuffer(),
          left: 800,
          top: 0,
        },
      ])
      .jpeg({ quality: 85 })
      .toBuffer()
    editor = editorCheckout()
    withOwnPhoto(editor.dir, photoBytes)
    const env = { DATABASE_URL: database.socketUrl }
    server = startFunction(sandbox, SERVER, functionTmp(sandbox, 'server'), {
      ...env,
      PUBLISH_SECRET: `${KEY.name}:${KEY.secret}`,
      LOCAL_AWS_DIR: functionTmp(sandbox, 'aws'),
    })
    images = startFunction(sandbox, 'image-optimization-function', functionTmp(sandbox, 'image'), env)
    await Promise.all([server.ready, images.ready])
    bridge = await httpBridge(server)
  })

  after(async () => {
    await bridge?.close()
    await Promise.all([server?.stop(), images?.stop()])
    await database?.drop()
    sandbox?.remove()
    editor?.remove()
  })

  it('before the publish neither function has the photo', async () => {
    const [own, resized] = [await get(server!, photo), await optimized(photo)]
    assert.equal(own.statusCode, 404, bodyText(own).slice(0, 300))
    assert.equal(resized.statusCode, 404, bodyText(resized).slice(0, 300) + images!.log().slice(-1500))
  })

  it('npm run publish sends the new lead photo with the story, and the server function answers it and its crops', async () => {
    editor!.write(
      file,
      `---\ntitle: Harbour ${word} gets a new pier for the night ferry\n` +
        'summary: The port authority opened a second pier so the late boats no longer wait offshore.\n' +
        `date: ${new Date(Date.now() - 60_000).toISOString()}\nsection: mexico\ntags: [Ferries]\n` +
        `image:\n  src: ${photo}\n  alt: The new pier at dusk\n  credit: The News\n---\n\n` +
        'The second pier opened on Monday, after a year of works paid for by the state.\n',
    )
    const run = await runPublish(editor!.dir, bridge!.url, KEY.secret, [file])
    assert.equal(run.status, 0, run.output + server!.log().slice(-3000))
    assert.match(run.output, new RegExp(`sending ${photo} \\(\\d+ KiB\\)`))
    assert.match(run.output, new RegExp(`created ${bridge!.url}/mexico/${slug}`))

    const own = await get(server!, photo)
    assert.equal(own.statusCode, 200, bodyText(own).slice(0, 300))
    assert.equal(header(own, 'content-type'), 'image/jpeg')
    assert.equal(
      createHash('sha256').update(bodyBytes(own)).digest('hex'),
      createHash('sha256').update(photoBytes).digest('hex'),
      'the server function answers other bytes than the editor sent',
    )
    for (const [ratio, aspect] of Object.entries(crops)) {
      const crop = await get(server!, cropPath(ratio as keyof typeof crops))
      assert.equal(crop.statusCode, 200, `${ratio}: ${bodyText(crop).slice(0, 300)}`)
      assert.equal(header(crop, 'content-type'), 'image/jpeg', ratio)
      const { width = 0, height = 1, format } = await sharp(bodyBytes(crop)).metadata()
      assert.equal(format, 'jpeg', ratio)
      assert.ok(Math.abs(width / height - aspect) < 0.01, `${ratio}: ${width}×${height}`)
    }
    // The page shows it through the optimizer, as a build's photo.
    const page = await get(server!, `/mexico/${slug}`)
    assert.equal(page.statusCode, 200)
    assert.ok(bodyText(page).includes(`/_next/image?url=${encodeURIComponent(photo)}`), 'the page lacks the photo')
  })

  it('the image function resizes the published photo', async () => {
    const resized = await optimized(photo)
    assert.equal(resized.statusCode, 200, bodyText(resized).slice(0, 300) + images!.log().slice(-2000))
    assert.equal(header(resized, 'content-type'), 'image/webp')
    const { width, height, format } = await sharp(bodyBytes(resized)).metadata()
    assert.deepEqual({ width, height, format }, { width: 640, height: 400, format: 'webp' })
  })

  it('an image nobody published is a 404 from both functions, not a 500', async () => {
    const own = await get(server!, nobodys)
    assert.equal(own.statusCode, 404, bodyText(own).slice(0, 300))
    const resized = await optimized(nobodys)
    assert.equal(resized.statusCode, 404, bodyText(resized).slice(0, 300))
    // A build photo still comes from the assets (the bucket), first.
    const built = await optimized('/images/business/peso-line.jpg')
    assert.equal(built.statusCode, 200, bodyText(built).slice(0, 300))
  })

  it('never tried the network', () => {
    for (const fn of [server!, images!]) assert.doesNotMatch(fn.log(), NETWORK_ATTEMPT)
  })
})
