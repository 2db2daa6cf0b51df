import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, beforeEach, describe, it } from 'node:test'
import '../../scripts/test-support/content-index-modules'
import { memorySource, row, type MemorySource } from '../../scripts/test-support/overlay-source'

// The 404 filter (lib/http/not-found-filter.ts) as the server around Next calls it: registered as
// at server start, over the build's real content index (`npm run content`) with published rows
// from an in-memory source, and a prerendered 404 page file in a scratch build folder.
Object.assign(process.env, { NODE_ENV: 'production' })
const { builtArticleDocs, builtAt } = await import('../content/source')
const { setOverlaySource } = await import('../catalogue/overlay')
const { refreshOverlay, resetCatalogue } = await import('../catalogue/cache')
const { filtersResponse, methodRefusal, notFoundFilter } = await import('./not-found-filter')
const { NOT_FOUND_PAGE, registerNotFoundFilter } = await import('./register-not-found-filter')

const now = Date.now()
const iso = (t: number) => new Date(t).toISOString()
const later = iso(Math.max(now, builtAt() + 1))
const isPublic = (d: { draft: boolean; publishedAt: string }) => !d.draft && Date.parse(d.publishedAt) <= now

const aliased = builtArticleDocs().find((d) => isPublic(d) && d.aliases.length > 0)
assert.ok(aliased, 'the sample has a public article with an alias (run `npm run content`)')
const alias = aliased.aliases[0]!
const plain = builtArticleDocs().find((d) => isPublic(d) && d.aliases.length === 0 && d.url !== aliased.url)
assert.ok(plain)

const build = mkdtempSync(join(tmpdir(), 'thenews-404-filter-'))
const PAGE = '<!doctype html><html><body><header>The News</header><h1>We could not find that page</h1></body></html>'
mkdirSync(dirname(join(build, NOT_FOUND_PAGE)), { recursive: true })
writeFileSync(join(build, NOT_FOUND_PAGE), PAGE)
registerNotFoundFilter(build)
after(() => rmSync(build, { recursive: true, force: true }))

let version = 5000
let source: MemorySource
beforeEach(async () => {
  resetCatalogue()
  source = memorySource()
  setOverlaySource(source)
})

async function ask(url: string) {
  await refreshOverlay() // what the filter's throttled refresh does once its half second is up
  const filter = notFoundFilter()
  assert.ok(filter, 'registered at start')
  return filter(url)
}

describe('the 404 filter', () => {
  it('answers an unknown URL with the prerendered 404 page, short-cached', async () => {
    const answer = await ask('/mexico/no-such-story-anywhere')
    assert.equal(answer?.status, 404)
    assert.equal(answer?.body, PAGE)
    assert.equal(answer?.headers['content-type'], 'text/html; charset=utf-8')
    assert.equal(answer?.headers['cache-control'], 'public, max-age=60, s-maxage=60')
  })

  it('reads the 404 page once', async () => {
    await ask('/a/b/c')
    writeFileSync(join(build, NOT_FOUND_PAGE), 'changed after start')
    try {
      assert.equal((await ask('/a/b/c/d'))?.body, PAGE)
    } finally {
      writeFileSync(join(build, NOT_FOUND_PAGE), PAGE)
    }
  })

  it('redirects a built article’s alias (and its lite twin) with 308, keeping the query', async () => {
    assert.deepEqual(await ask(`${alias}?utm_source=x`), {
      status: 308,
      headers: { location: `${aliased.url}?utm_source=x`, 'cache-control': 'public, max-age=60, s-maxage=60' },
      body: '',
    })
    assert.equal((await ask(`/lite${alias}`))?.headers.location, `/lite${aliased.url}`)
  })

  it('redirects an alias given by a publish, and answers 404 for an alias the publish dropped', async () => {
    source.rows.push(
      row({ ...plain, aliases: ['/mexico/published-old-address'] }, { version: ++version, publishedAt: later }),
    )
    assert.equal((await ask('/mexico/published-old-address'))?.headers.location, plain.url)
    source.rows.push(row({ ...aliased, aliases: [] }, { version: ++version, publishedAt: later }))
    assert.equal((await ask(alias))?.status, 404)
  })

  it('never redirects the alias of a scheduled story (its address would leak before its time)', async () => {
    const scheduled = { ...plain, publishedAt: iso(now + 86_400_000), aliases: ['/mexico/scheduled-old-address'] }
    source.rows.push(row(scheduled, { version: ++version, publishedAt: later }))
    const answer = await ask('/mexico/scheduled-old-address')
    assert.equal(answer?.status, 404)
    assert.equal(answer?.headers.location, undefined)
  })

  it('answers 410 for a withdrawn article, its lite twin and its aliases', async () => {
    source.rows.push(row(aliased, { version: ++version, publishedAt: later, state: 'withdrawn' }))
    for (const url of [aliased.url, `/lite${aliased.url}`, alias, `/lite${alias}`]) {
      const answer = await ask(url)
      assert.equal(answer?.status, 410, url)
      assert.match(answer?.body ?? '', /<h1>This story has been withdrawn<\/h1>/)
      assert.equal(answer?.headers['cache-control'], 'public, max-age=60, s-maxage=60')
    }
  })

  it('redirects a withdrawn address that a public article took as its alias', async () => {
    source.rows.push(row(plain, { version: ++version, publishedAt: later, state: 'withdrawn' }))
    source.rows.push(row({ ...aliased, aliases: [plain.url] }, { version: ++version, publishedAt: later }))
    assert.equal((await ask(plain.url))?.headers.location, aliased.url)
  })

  it('finds a percent-encoded alias, and takes malformed encoding as unknown', async () => {
    source.rows.push(row({ ...plain, aliases: ['/mexico/año-viejo'] }, { version: ++version, publishedAt: later }))
    assert.equal((await ask('/mexico/a%C3%B1o-viejo'))?.status, 308)
    assert.equal((await ask('/mexico/%FF'))?.status, 404)
  })
})

describe('which requests the server around Next answers itself', () => {
  it('refuses other methods than GET and HEAD with 405, the API excepted', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const refused = methodRefusal(method, '/mexico')
      assert.equal(refused?.status, 405, method)
      assert.equal(refused?.headers.allow, 'GET, HEAD')
    }
    assert.equal(methodRefusal('GET', '/mexico'), null)
    assert.equal(methodRefusal('HEAD', '/mexico'), null)
    assert.equal(methodRefusal('POST', '/api/publish'), null)
  })

  it('filters 404s of HTML pages only', () => {
    assert.equal(filtersResponse('GET', '/mexico/x', 'text/html; charset=utf-8'), true)
    assert.equal(filtersResponse('HEAD', '/mexico/x', ''), true)
    assert.equal(filtersResponse('GET', '/mexico/x', 'text/x-component'), false, 'a client navigation’s RSC payload')
    assert.equal(filtersResponse('GET', '/api/live/x', 'text/html'), false)
    assert.equal(filtersResponse('GET', '/og/mexico/x.png', 'text/plain;charset=UTF-8'), false)
  })
})
