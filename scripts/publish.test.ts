import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { promisify } from 'node:util'
import sharp from 'sharp'

// `npm run publish` end to end against a stand-in site (a plain HTTP server recording what it is
// sent): a broken file sends nothing; a good one is sent and polled until its page shows it.

// The command runs in a project folder of its own (its content/ is what it checks).
const dir = mkdtempSync(join(tmpdir(), 'publish-test-'))
const tsx = join(process.cwd(), 'node_modules/.bin/tsx')
const script = join(process.cwd(), 'scripts/publish.ts')
after(() => rmSync(dir, { recursive: true, force: true }))
const good = `---\ntitle: Rates & "hopes"\nsummary: S\ndate: 2026-11-02T10:00\nsection: business\n---\nText.\n`
mkdirSync(join(dir, 'content/articles'), { recursive: true })

type Sent = { method: string; url: string; body: string; auth?: string }
async function site(pageAfter: number) {
  const sent: Sent[] = []
  let polls = 0
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c))
    req.on('end', () => {
      sent.push({ method: req.method!, url: req.url!, body, auth: req.headers.authorization })
      if (req.url!.startsWith('/images/')) res.writeHead(req.url === '/images/on-site.jpg' ? 200 : 404).end()
      else if (req.url === '/api/publish') {
        res.writeHead(201, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ results: [{ url: '/business/rates', action: 'created', version: 7 }], expired: [] }))
      } else if (++polls > pageAfter) res.end('<h1>Rates &amp; &quot;hopes&quot;</h1>')
      else res.writeHead(404).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  after(() => server.close())
  return { sent, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const run = (args: string[], siteUrl: string, env: Record<string, string> = {}) =>
  promisify(execFile)(tsx, [script, ...args], {
    cwd: dir,
    env: { ...process.env, SITE_URL: siteUrl, PUBLISH_SECRET: 'desk:s3cret', PUBLISH_WAIT_SECONDS: '20', ...env },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  )

test('a file the build would refuse: file: field: message, exit 1, nothing sent', async () => {
  const { sent, url } = await site(0)
  writeFileSync(join(dir, 'content/articles/bad.mdx'), good.replace('summary: S\n', '') + '<Nope />\n')
  writeFileSync(join(dir, 'content/articles/good.mdx'), good)
  writeFileSync(join(dir, 'outside.mdx'), good)
  const r = await run(['content/articles/good.mdx', 'content/articles/bad.mdx', 'outside.mdx'], url)
  assert.equal(r.code, 1)
  assert.match(r.stderr, /content\/articles\/bad\.mdx: summary: required field is missing/)
  assert.match(r.stderr, /content\/articles\/bad\.mdx: body: line 7: unknown component <Nope>/)
  assert.match(r.stderr, /outside\.mdx: path: only articles are published/)
  assert.match(r.stderr, /Nothing was sent/)
  assert.deepEqual(sent, [])
})

test("BRAND another than the checkout's content step: exit 1, naming both, nothing sent", async () => {
  const { sent, url } = await site(0)
  writeFileSync(join(dir, 'content/articles/rates.mdx'), good)
  const r = await run(['content/articles/rates.mdx'], url, { BRAND: 'estadio-deportes' })
  assert.equal(r.code, 1)
  assert.match(r.stderr, /^BRAND=estadio-deportes, but this checkout's content step was for the-news \(The News\)/)
  assert.match(r.stderr, /Nothing was sent/)
  assert.deepEqual(sent, [])
})

test('a good file: sent with the key, its URL printed, polled until the page shows its headline', async () => {
  const { sent, url } = await site(2)
  writeFileSync(join(dir, 'content/articles/rates.mdx'), good)
  const r = await run(['content/articles/rates.mdx'], url)
  assert.equal(r.code, 0, r.stderr)
  const post = sent.find((s) => s.url === '/api/publish')
  assert.equal(post?.auth, 'Bearer s3cret')
  assert.deepEqual(JSON.parse(post.body), { files: [{ path: 'content/articles/rates.mdx', text: good }] })
  assert.match(r.stdout, new RegExp(`created ${url}/business/rates \\(version 7\\)`))
  assert.match(r.stdout, new RegExp(`shown ${url}/business/rates after`))
  assert.ok(sent.filter((s) => s.url === '/business/rates').length >= 3, 'polled until shown')
})

test('images: those the site lacks are sent from public/ with their hash; those it has, not', async () => {
  const { sent, url } = await site(0)
  mkdirSync(join(dir, 'public/images'), { recursive: true })
  const photo = await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#a33' } })
    .jpeg()
    .toBuffer()
  writeFileSync(join(dir, 'public/images/new-lead.jpg'), photo)
  writeFileSync(join(dir, 'public/images/on-site.jpg'), photo)
  writeFileSync(join(dir, 'public/images/inline.jpg'), photo.subarray(0, 1000))
  const text =
    good.replace('---\nText', 'image:\n  src: /images/new-lead.jpg\n  alt: A\n  credit: B\n---\nText') +
    '\n<Figure src="/images/on-site.jpg" alt="A" credit="B" />\n\n<Figure src="/images/inline.jpg" alt="A" credit="B" />\n'
  writeFileSync(join(dir, 'content/articles/rates.mdx'), text)
  const r = await run(['content/articles/rates.mdx'], url)
  assert.equal(r.code, 0, r.stderr)
  const body = JSON.parse(sent.find((s) => s.url === '/api/publish')!.body) as { images: unknown }
  assert.deepEqual(body.images, [
    {
      path: '/images/new-lead.jpg',
      data: photo.toString('base64'),
      sha256: createHash('sha256').update(photo).digest('hex'),
    },
    {
      path: '/images/inline.jpg',
      data: readFileSync(join(dir, 'public/images/inline.jpg')).toString('base64'),
      sha256: createHash('sha256').update(photo.subarray(0, 1000)).digest('hex'),
    },
  ])
  assert.ok(
    sent.some((s) => s.method === 'HEAD' && s.url === '/images/on-site.jpg'),
    'asked the site',
  )
})

test('images: a <Figure> neither in public/ nor on the site is refused, and nothing is sent', async () => {
  const { sent, url } = await site(0)
  writeFileSync(
    join(dir, 'content/articles/rates.mdx'),
    good + '\n<Figure src="/images/nowhere.jpg" alt="A" credit="B" />\n',
  )
  const r = await run(['content/articles/rates.mdx'], url)
  assert.equal(r.code, 1)
  assert.match(
    r.stderr,
    /rates\.mdx: body: <Figure src="\/images\/nowhere\.jpg">: not on the site, and not in public\/ here/,
  )
  assert.ok(!sent.some((s) => s.url === '/api/publish'), 'nothing sent')
})
