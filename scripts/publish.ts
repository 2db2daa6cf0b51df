// `npm run publish -- <file>... [--withdraw]`: puts articles on the running site without a build
// (docs/decisions/0019-publish-in-seconds.md). Needs SITE_URL and PUBLISH_SECRET (your key's
// secret, or its `name:secret` entry as the server has it).
// 1. Checks each file with the build's rules (nothing is sent if one fails: file: field: message).
// 2. Finds the images the files reference (lead image, <Figure>) that the site does not serve yet
//    (a HEAD each) and sends them along from public/ (lib/publish/local-images.ts); the server
//    stores them with the articles, in one transaction, and makes the lead images' crops.
// 3. Sends the MDX to POST /api/publish, prints each URL, then polls each until it shows: a new or
//    edited article answers 200 with its headline; a withdrawn one 410 (or 404, where the host
//    answers before the site's own view has it); a section move's old URL 308 to the new one. A story dated ahead is reported as scheduled. Pages carry no version yet, so an edit that keeps its headline
//    counts as shown at once. PUBLISH_WAIT_SECONDS (30) bounds the wait.
// With --withdraw, each argument is a file (its URL read from it) or a URL path (/mexico/slug).
// The files are checked as the checkout's brand builds them (its sections, authors and content
// folder: the brand its last `npm run content` selected, or BRAND's when none was yet); BRAND, when
// given, must be that brand, and the site refuses another brand's files anyway (lib/publish/request.ts).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

type Result = { url: string; action: 'created' | 'updated' | 'withdrawn' | 'moved'; version: number; movedTo?: string }

/** AWS Lambda's cap on a request (6 MB for the whole event) less room for the event around the body. */
const LAMBDA_SAFE_REQUEST_BYTES = 6 * 1024 * 1024 - 128 * 1024

const fail = (lines: string[], code = 1): never => {
  for (const line of lines) console.error(line)
  process.exit(code)
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

async function main() {
  const args = process.argv.slice(2)
  const withdrawing = args.includes('--withdraw')
  const operands = args.filter((a) => a !== '--withdraw')
  if (operands.length === 0) fail(['usage: npm run publish -- <file>... [--withdraw]'])
  // Everything below reads the brand module the content step writes (imported once it exists). A
  // checkout that never ran it gets it here, for BRAND (default the-news); one that did keeps its
  // brand: switching it would change what its `npm run dev` serves.
  const root = join(import.meta.dirname, '..')
  if (!existsSync(join(root, '.brand/brand.ts'))) {
    const selected = spawnSync(process.execPath, ['scripts/select-brand.mjs'], { cwd: root, stdio: 'inherit' })
    if (selected.status !== 0) fail(['Nothing was sent.'])
  }
  const { site: brand } = await import('../config/site')
  const wanted = process.env.BRAND?.trim()
  if (wanted && wanted !== brand.id)
    fail([
      `BRAND=${wanted}, but this checkout's content step was for ${brand.id} (${brand.name}): run ` +
        `\`BRAND=${wanted} npm run content\` first, so the files are checked with that brand's sections and authors.`,
      'Nothing was sent.',
    ])
  const [{ parseContentDate }, { formatProblem }, { checkLocalFiles }, { imagesToSend }, { parsePublishKeys }] =
    await Promise.all([
      import('../lib/dates'),
      import('../lib/content/validate'),
      import('../lib/publish/local-check'),
      import('../lib/publish/local-images'),
      import('../lib/publish/keys'),
    ])
  const site = process.env.SITE_URL?.replace(/\/+$/, '')
  const secret = parsePublishKeys(process.env.PUBLISH_SECRET)[0]?.secret
  if (!site || !secret) fail(['Set SITE_URL (e.g. https://thenews.mx) and PUBLISH_SECRET.'])

  const urls = operands.filter((a) => withdrawing && a.startsWith('/'))
  const { files, problems } = await checkLocalFiles(
    process.cwd(),
    operands.filter((a) => !urls.includes(a)),
  )
  if (problems.length > 0) fail([...problems.map(formatProblem), 'Nothing was sent.'])

  const titles = new Map<string, string>()
  /** Articles dated in the future: stored now, shown by the site at their time (not waited for). */
  const scheduled = new Map<string, Date>()
  for (const f of files) {
    const data = f.parsed!.source.data
    const date = parseContentDate(String(data.date ?? ''))
    if (!withdrawing && date && date.getTime() > Date.now())
      scheduled.set(
        `/${String(data.section)}/${f.path
          .split('/')
          .pop()!
          .replace(/\.mdx$/, '')}`,
        date,
      )
    titles.set(
      `/${String(data.section)}/${f.path
        .split('/')
        .pop()!
        .replace(/\.mdx$/, '')}`,
      String(data.title),
    )
  }
  const siteHas = async (src: string) =>
    (await fetch(`${site}${src}`, { method: 'HEAD' }).catch(() => null))?.ok === true
  const { images, problems: imageProblems } = withdrawing
    ? { images: [], problems: [] }
    : await imagesToSend(process.cwd(), files, siteHas)
  problems.push(...imageProblems)
  if (problems.length > 0) fail([...problems.map(formatProblem), 'Nothing was sent.'])
  for (const img of images) console.log(`sending ${img.path} (${Math.round((img.data.length * 3) / 4 / 1024)} KiB)`)

  const body = withdrawing
    ? { withdraw: [...urls, ...titles.keys()] }
    : { files: files.map((f) => ({ path: f.path, text: f.text })), ...(images.length > 0 ? { images } : {}) }
  const payload = JSON.stringify(body)
  const res = await fetch(`${site}/api/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: payload,
  }).catch((e: Error) => fail([`Cannot reach ${site}/api/publish: ${e.message}`]))
  const answer = (await res.json().catch(() => ({}))) as { results?: Result[]; error?: string }
  if (!res.ok || !answer.results)
    fail([
      `${res.status}: ${answer.error ?? 'the site refused the publish'}`,
      // On AWS Lambda a request past its 6 MB cap is refused before the site sees it, without our message.
      ...(answer.error === undefined && Buffer.byteLength(payload) > LAMBDA_SAFE_REQUEST_BYTES
        ? [
            `This request was ${Buffer.byteLength(payload)} bytes; a site on AWS Lambda accepts at most 6 MB per ` +
              'request (about 4.4 MiB of pictures once encoded): publish the story with fewer new images, ' +
              'and the others with another publish.',
          ]
        : []),
      'Nothing was published.',
    ])

  const results = answer.results!
  for (const r of results)
    console.log(`${r.action} ${site}${r.url}${r.movedTo ? ` to ${r.movedTo}` : ''} (version ${r.version})`)
  const deadline = Date.now() + Number(process.env.PUBLISH_WAIT_SECONDS ?? 30) * 1000
  const started = Date.now()
  const pending = new Set(results.filter((r) => !scheduled.has(r.url)))
  for (const [url, date] of scheduled)
    console.log(`scheduled ${site}${url}: the site shows it from ${date.toISOString()}`)
  while (pending.size > 0 && Date.now() < deadline) {
    for (const r of [...pending]) {
      const page = await fetch(`${site}${r.url}`, { redirect: 'manual' }).catch(() => null)
      if (!page) continue
      const shown =
        r.action === 'moved'
          ? page.status === 308 && (page.headers.get('location') ?? '').endsWith(r.movedTo ?? '')
          : r.action === 'withdrawn'
            ? page.status === 410 || page.status === 404
            : page.status === 200 && (await page.text()).includes(escapeHtml(titles.get(r.url) ?? ''))
      if (shown) {
        pending.delete(r)
        console.log(`shown ${site}${r.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`)
      }
    }
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 500))
  }
  if (pending.size > 0)
    fail(
      [...pending].map((r) => `not shown yet: ${site}${r.url} (published as version ${r.version}; check the page)`),
      2,
    )
}

main().catch((e: Error) => fail([`publish failed: ${e.message}`]))
