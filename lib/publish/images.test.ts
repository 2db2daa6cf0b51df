import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import sharp from 'sharp'
import { testDatabases } from '../../scripts/test-support/test-databases'
import { writeRenditions } from '../content/renditions'
import type { Database } from '../db/types'
import { type PublishDeps, handlePublish } from './handler'
import { MAX_IMAGE_BYTES } from './images'
import { serveStoredImage } from './serve-image'

// Images sent with a publish, through the endpoint's real parts (sharp, the checker, the store on
// PGlite and PostgreSQL) and the route that serves them: a bad image is a 4xx naming the image and
// the request's field, and nothing at all is stored; a good one is stored with the crops the
// content step would write, and served at the build's URLs.

const PATH = 'content/articles/mexico/photo-story.mdx'
const LEAD = '/images/mexico/new-lead.jpg'
const BODY = '/images/mexico/new-inline.png'
const article = (lead = LEAD, body = `A paragraph.\n\n<Figure src="${BODY}" alt="A map" credit="The News" />\n`) =>
  `---\ntitle: A photo story\nsummary: What happened\ndate: 2026-11-02T10:00\nsection: mexico\n` +
  `image:\n  src: ${lead}\n  alt: A square at dusk\n  credit: The News\n---\n${body}`

const picture = (format: 'jpeg' | 'png' | 'gif' | 'webp', width = 1600, height = 900) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 60, b: 20 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="400" cy="300" r="200" fill="#fff"/></svg>`,
        ),
      },
    ])
    .toFormat(format)
    .toBuffer()

const hex = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const sent = (path: string, bytes: Buffer, sha = hex(bytes)) => ({ path, data: bytes.toString('base64'), sha256: sha })

function setup(db: Database) {
  const deps: PublishDeps = {
    db: async () => db,
    secrets: 'desk:s3cret-desk',
    builtArticles: () => [],
    authorIds: () => new Set(),
    imageExists: (src) => src === '/images/built.jpg',
    revalidate: () => {},
  }
  let client = 0
  const send = (body: unknown) =>
    handlePublish(
      new Request('http://site.test/api/publish', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `203.0.113.${++client}`,
          authorization: 'Bearer s3cret-desk',
        },
        body: JSON.stringify(body),
      }),
      deps,
    )
  const counts = async () => {
    const { rows } = await db.query<{ a: string | number; i: string | number }>(
      'SELECT (SELECT count(*) FROM published_articles) AS a, (SELECT count(*) FROM published_images) AS i',
    )
    return [Number(rows[0]!.a), Number(rows[0]!.i)]
  }
  const get = (path: string, headers: HeadersInit = {}) => {
    const [, prefix, ...segments] = path.split('/')
    return serveStoredImage(
      new Request(`http://site.test${path}`, { headers }),
      `/${prefix}` as '/images' | '/renditions',
      segments,
      async () => db,
    )
  }
  return { send, counts, get }
}

for (const { kind, open } of testDatabases()) {
  test(`${kind}: each bad image gets a 4xx naming it and its field, and nothing is stored`, async () => {
    const db = await open()
    try {
      const { send, counts } = setup(db)
      const [lead, inline, gif, narrow] = await Promise.all([
        picture('jpeg'),
        picture('png', 800, 600),
        picture('gif', 1600, 900),
        picture('jpeg', 800, 450),
      ])
      const good = [sent(LEAD, lead), sent(BODY, inline)]
      const files = (text = article()) => [{ path: PATH, text }]
      const bad: [string, unknown, number, string[]][] = [
        [
          'not an image',
          { files: files(), images: [sent(LEAD, Buffer.from('%PDF-1.7 not a photo')), good[1]] },
          400,
          [`${LEAD}: images[0].data: is not an image`],
        ],
        [
          'a GIF named .jpg',
          { files: files(), images: [sent(LEAD, gif), good[1]] },
          400,
          [`${LEAD}: images[0].data: is GIF; only JPEG, PNG, WebP and AVIF`],
        ],
        [
          'a PNG named .jpg',
          { files: files(), images: [sent(LEAD, inline), good[1]] },
          400,
          [`${LEAD}: images[0].path: the file is PNG, so its name must end in .png`],
        ],
        [
          'too large',
          { files: files(), images: [good[0], sent(BODY, Buffer.concat([inline, Buffer.alloc(MAX_IMAGE_BYTES)]))] },
          400,
          [`${BODY}: images[1].data:`, 'at most 5242880'],
        ],
        [
          'bytes that do not match their hash',
          { files: files(), images: [sent(LEAD, lead, hex(inline)), good[1]] },
          400,
          [`${LEAD}: images[0].sha256: does not match`],
        ],
        [
          'a lead image too narrow (the build’s rule)',
          { files: files(), images: [sent(LEAD, narrow), good[1]] },
          400,
          [`${PATH}: image.src: "${LEAD}" is 800 px wide`],
        ],
        [
          'an image no sent file references',
          { files: files(), images: [...good, sent('/images/other.png', inline)] },
          400,
          ['/images/other.png: images[2].path: no file of this publish references'],
        ],
        [
          'a path outside public/images',
          { files: files(), images: [...good, sent('/renditions/16x9/x.jpg', lead)] },
          400,
          ['images[2].path: must be the site path of an image under public/images'],
        ],
        [
          'an image the build already serves',
          { files: files(article('/images/built.jpg')), images: [sent('/images/built.jpg', lead), good[1]] },
          409,
          ['/images/built.jpg: images[0].path: the site already serves this image'],
        ],
      ]
      assert.ok(bad.length > 0)
      for (const [what, body, status, words] of bad) {
        const res = await send(body)
        const text = await res.text()
        assert.equal(res.status, status, `${what}: ${text}`)
        const { error } = JSON.parse(text) as { error: string }
        for (const w of words) assert.ok(error.includes(w), `${what}: "${w}" in ${error}`)
        assert.deepEqual(await counts(), [0, 0], `${what}: nothing stored`)
      }
    } finally {
      await db.dispose()
    }
  })

  test(`${kind}: a good publish stores its images with the build's crops, serves them, and never changes a path's bytes`, async () => {
    const db = await open()
    const dir = mkdtempSync(join(tmpdir(), 'publish-images-'))
    try {
      const { send, counts, get } = setup(db)
      const [lead, inline] = await Promise.all([picture('jpeg'), picture('png', 800, 600)])
      const res = await send({
        files: [{ path: PATH, text: article() }],
        images: [sent(LEAD, lead), sent(BODY, inline)],
      })
      assert.equal(res.status, 201, await res.clone().text())
      assert.deepEqual(((await res.json()) as { images: string[] }).images, [LEAD, BODY])
      // The article, two images, three crops of the lead one (none of the body's, as the build).
      assert.deepEqual(await counts(), [1, 5])

      const original = await get(LEAD)
      assert.equal(original.status, 200)
      assert.equal(original.headers.get('content-type'), 'image/jpeg')
      assert.equal(original.headers.get('cache-control'), 'public, max-age=0')
      assert.deepEqual(Buffer.from(await original.arrayBuffer()), lead)
      assert.equal((await get(BODY)).headers.get('content-type'), 'image/png')
      const etag = original.headers.get('etag')!
      assert.equal((await get(LEAD, { 'if-none-match': etag })).status, 304)

      // The crops are the content step's: the same files writeRenditions makes from that photo.
      mkdirSync(join(dir, 'public/images/mexico'), { recursive: true })
      writeFileSync(join(dir, `public${LEAD}`), lead)
      assert.equal(await writeRenditions(dir, [LEAD]), 3)
      for (const [ratio, w, h] of [
        ['16x9', 1200, 675],
        ['4x3', 1200, 900],
        ['1x1', 1200, 1200],
      ] as const) {
        const crop = await get(`/renditions/${ratio}/mexico/new-lead.jpg`)
        assert.equal(crop.status, 200, ratio)
        assert.equal(crop.headers.get('content-type'), 'image/jpeg')
        const bytes = Buffer.from(await crop.arrayBuffer())
        assert.deepEqual(bytes, readFileSync(join(dir, `public/renditions/${ratio}/mexico/new-lead.jpg`)), ratio)
        const meta = await sharp(bytes).metadata()
        assert.deepEqual([meta.width, meta.height], [w, h])
      }
      for (const path of ['/images/mexico/nothing.jpg', '/renditions/16x9/mexico/new-inline.png'])
        assert.equal((await get(path)).status, 404, path)
      assert.equal(
        (await serveStoredImage(new Request('http://x/'), '/images', ['..', 'x'], async () => db)).status,
        404,
      )

      // The same bytes again (a second publish of the story): accepted, nothing new stored.
      const again = await send({ files: [{ path: PATH, text: article() }], images: [sent(LEAD, lead)] })
      assert.equal(again.status, 200, await again.clone().text())
      assert.deepEqual(await counts(), [1, 5])
      // Other bytes at a stored path: 409 naming it; the article's edit is not stored either.
      const other = await picture('jpeg', 1600, 1000)
      const edit = article().replace('A photo story', 'An edited photo story')
      const conflict = await send({ files: [{ path: PATH, text: edit }], images: [sent(LEAD, other)] })
      assert.equal(conflict.status, 409)
      assert.match(
        ((await conflict.json()) as { error: string }).error,
        /new-lead\.jpg: images\[0\]\.data: .* new file name/,
      )
      const { rows } = await db.query<{ title: string }>(`SELECT meta->>'title' AS title FROM published_articles`)
      assert.deepEqual(rows, [{ title: 'A photo story' }])
      assert.deepEqual(Buffer.from(await (await get(LEAD)).arrayBuffer()), lead)
    } finally {
      rmSync(dir, { recursive: true, force: true })
      await db.dispose()
    }
  })
}
