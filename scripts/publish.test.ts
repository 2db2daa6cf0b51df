import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { promisify } from 'node:util'

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
      if (req.url === '/api/publish') {
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

const run = (args: string[], siteUrl: string) =>
  promisify(execFile)(tsx, [script, ...args], {
    cwd: dir,
    env: { ...process.env, SITE_URL: siteUrl, PUBLISH_SECRET: 'desk:s3cret', PUBLISH_WAIT_SECONDS: '20' },
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
