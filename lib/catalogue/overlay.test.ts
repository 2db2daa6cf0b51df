import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
// Feeds render the site's components, which import stylesheets: loaded once this hook is set.
import '../../scripts/test-support/test-css-modules'
import '../../scripts/test-support/content-index-modules'
import { memorySource, row, type MemorySource } from '../../scripts/test-support/overlay-source'
import type { ArticleMeta } from '../content/meta'

// The merged view (docs/decisions/0019-publish-in-seconds.md): the build's real content index
// (`npm run content`) with published rows from an in-memory source laid over it, read through the
// same queries the routes call. As in production: drafts and future dates hidden.
Object.assign(process.env, { NODE_ENV: 'production' })
const { builtArticleDocs, builtAt } = await import('../content/source')
const { readArticleBody } = await import('../content/bodies')
const { setOverlaySource } = await import('./overlay')
const { catalogue, currentCatalogue, refreshOverlay, resetCatalogue } = await import('./cache')
const { tagId } = await import('./tags')
const q = await import('./queries')
const { getFeedSources, getSitemapSources } = await import('./syndication-sources')
const { sitemapXml, rssFeed } = await import('../syndication/syndication')
const { runSearch } = await import('../search/search')

const now = Date.now()
const iso = (t: number) => new Date(t).toISOString()
const after = iso(Math.max(now, builtAt() + 1))

// A public, non-live built article with tags and a named author, to clone and to edit.
const base = builtArticleDocs().find(
  (d) => !d.draft && Date.parse(d.publishedAt) <= now && !d.live && d.tags.length > 0 && d.authors.length > 0,
)
assert.ok(base, 'the content index has a public article with tags and an author (run `npm run content`)')
const [section, slug] = base.url.split('/').slice(1) as [string, string]

// Versions only grow, across this whole file, as a database sequence's do (search caches on them).
let version = 1000
const next = () => ++version

const fresh = (over: Partial<ArticleMeta> = {}): ArticleMeta => ({
  ...base,
  slug: 'overlay-zanzibar-ferry',
  url: `/${base.section}/overlay-zanzibar-ferry`,
  title: 'Quetzalcoatl ferry starts night crossings',
  tags: [...base.tags, 'Overlay Harbour'],
  publishedAt: iso(now - 1000),
  modifiedAt: iso(now - 1000),
  corrections: [],
  aliases: [],
  ...over,
})

let source: MemorySource
beforeEach(() => {
  resetCatalogue()
  source = memorySource()
  setOverlaySource(source)
})
afterEach(() => setOverlaySource(undefined))

const urls = (cards: readonly { url: string }[]) => cards.map((c) => c.url)

describe('merged view', () => {
  it('with no rows is the build exactly', async () => {
    const c = await currentCatalogue()
    assert.deepEqual(
      c.all.map((d) => d.url),
      builtArticleDocs().map((d) => d.url),
    )
    assert.equal(c.version, 0)
  })

  it('shows a new article in every list, feed, sitemap and search, body from its row', async () => {
    const meta = fresh()
    const body = await readArticleBody(base.slug) // real compiled code, as a row carries
    source.rows.push(
      row(meta, {
        version: next(),
        publishedAt: after,
        ...body,
        searchText: 'Night crossings from Zanzibarcove pier.',
      }),
    )
    assert.deepEqual(urls(await q.getLatestCards(1)), [meta.url])
    assert.ok(JSON.stringify(await q.getHomeFront()).includes(meta.url))
    assert.ok(urls((await q.getSectionPage(base.section, 1))!.items).includes(meta.url))
    assert.deepEqual(urls((await q.getTagPage('overlay-harbour', 1))!.page.items), [meta.url])
    assert.ok((await q.getTagIndex()).some((t) => t.id === 'overlay-harbour'))
    assert.ok(urls((await q.getAuthorPage(base.authors[0]!))!.page.items).includes(meta.url))
    const article = await q.getArticle(base.section, meta.slug)
    assert.equal(article?.bodyCode, body.code)
    assert.ok(urls(await q.getRelatedArticles((await q.getArticle(section, slug))!)).includes(meta.url))
    assert.equal((await getFeedSources(50))[0]?.url, meta.url)
    assert.ok((await rssFeed()).includes(`${meta.url}</link>`))
    assert.ok((await getSitemapSources()).articles.some((a) => a.url === meta.url))
    assert.ok((await sitemapXml()).includes(`${meta.url}</loc>`))
    assert.deepEqual(
      (await runSearch('zanzibarcove', undefined)).results.map((r) => r.url),
      [meta.url],
    )
    assert.equal(await q.getArticleState(base.section, meta.slug), 'public')
  })

  it('replaces an edited built article: its card, body and search entry', async () => {
    const code = `${(await readArticleBody(base.slug)).code}\n// edited`
    const body = { raw: 'Edited.', code, searchText: 'Edited by Xochimilcoedit.' }
    source.rows.push(row({ ...base, title: 'Edited headline' }, { version: next(), publishedAt: after, ...body }))
    const c = await currentCatalogue()
    assert.equal(c.all.filter((d) => d.url === base.url).length, 1)
    assert.equal(c.cardsByUrl.get(base.url)?.title, 'Edited headline')
    const article = await q.getArticle(section, slug)
    assert.equal(article?.title, 'Edited headline')
    assert.equal(article?.bodyCode, body.code)
    assert.deepEqual(
      (await runSearch('xochimilcoedit', undefined)).results.map((r) => r.url),
      [base.url],
    )
    // A word of its dek is in the built index and in the row: the built entry is left out, so the
    // article is listed once.
    const word = base.summary.split(/\W+/).find((w) => w.length > 5)
    assert.ok(word, base.summary)
    assert.equal((await runSearch(word, undefined)).results.filter((r) => r.url === base.url).length, 1)
  })

  it('a correction changes modifiedAt, the corrections log and the sitemap', async () => {
    const date = iso(now - 500)
    const corrected = {
      ...base,
      corrections: [{ date, text: 'An earlier version misnamed the pier.' }],
      modifiedAt: date,
    }
    source.rows.push(row(corrected, { version: next(), publishedAt: after }))
    assert.equal((await q.getArticle(section, slug))?.updatedAt, date)
    const log = (await q.getCorrectionsPage(1))!.items
    assert.equal(log[0]?.article.url, base.url)
    assert.equal(log[0]?.text, 'An earlier version misnamed the pier.')
    assert.equal((await getSitemapSources()).articles.find((a) => a.url === base.url)?.lastmod, date)
  })

  it('a withdrawal removes the article everywhere and says so', async () => {
    const word = base.title.split(/\W+/).find((w) => w.length > 5)
    assert.ok(word, base.title)
    assert.ok(
      (await runSearch(word, undefined)).results.some((r) => r.url === base.url),
      'found before',
    )
    source.rows.push(row(base, { version: next(), publishedAt: after, state: 'withdrawn' }))
    assert.equal(await q.getArticle(section, slug), null)
    assert.equal(await q.getArticleCard(section, slug, { preview: true }), null)
    assert.equal(await q.getArticleState(section, slug), 'withdrawn')
    assert.equal(await q.getArticleState(section, 'no-such-article'), 'unknown')
    assert.ok(!urls(await q.getLatestCards(1000)).includes(base.url))
    assert.ok(!urls((await q.getSectionPage(base.section, 1))!.items).includes(base.url))
    for (const tag of base.tags) {
      const page = await q.getTagPage(tagId(tag), 1)
      assert.ok(!page || !urls(page.page.items).includes(base.url))
    }
    assert.ok(!(await getSitemapSources()).articles.some((a) => a.url === base.url))
    assert.ok(!(await sitemapXml()).includes(`${base.url}</loc>`))
    assert.ok(!(await getFeedSources(1000)).some((a) => a.url === base.url))
    assert.ok(!(await q.isPublicArticleUrl(base.url)))
    assert.ok(!(await runSearch(word, undefined)).results.some((r) => r.url === base.url))
  })

  it('ignores a row stored before the build (a rebuild folded it in), but not for a URL the build lacks', async () => {
    const before = iso(builtAt() - 60_000)
    const gone = fresh({ slug: 'overlay-only-in-db', url: `/${base.section}/overlay-only-in-db` })
    source.rows.push(row({ ...base, title: 'Superseded by the build' }, { version: next(), publishedAt: before }))
    source.rows.push(row(gone, { version: next(), publishedAt: before }))
    const c = await currentCatalogue()
    assert.equal(c.cardsByUrl.get(base.url)?.title, base.title)
    assert.ok(c.cardsByUrl.has(gone.url))
  })

  it('shows a scheduled row at its time, not before', async () => {
    const at = now + 3_600_000
    const meta = fresh({ slug: 'overlay-scheduled', url: `/${base.section}/overlay-scheduled`, publishedAt: iso(at) })
    source.rows.push(row(meta, { version: next(), publishedAt: after }))
    await refreshOverlay()
    assert.ok(!catalogue(now).cardsByUrl.has(meta.url))
    assert.ok(catalogue(now).validUntil <= at)
    assert.ok(catalogue(at).cardsByUrl.has(meta.url))
  })

  it('reads only the rows since the last seen version, and keeps the last view when the source fails', async () => {
    const first = fresh()
    source.rows.push(row(first, { version: next(), publishedAt: after }))
    await q.getLatestCards(1)
    const seen = version
    const second = fresh({
      slug: 'overlay-second',
      url: `/${base.section}/overlay-second`,
      publishedAt: iso(now - 500),
    })
    source.rows.push(row(second, { version: next(), publishedAt: after }))
    assert.deepEqual(urls(await q.getLatestCards(2)), [second.url, first.url])
    await q.getLatestCards(1) // no new version: no rows read
    assert.deepEqual(source.loads, [0, seen])

    const errors: unknown[] = []
    const log = console.error
    console.error = (...args: unknown[]) => void errors.push(args)
    try {
      source.down = true
      assert.deepEqual(urls(await q.getLatestCards(2)), [second.url, first.url])
      assert.deepEqual(urls(await q.getLatestCards(2)), [second.url, first.url])
      assert.equal(errors.length, 1, 'logged once per outage')
    } finally {
      console.error = log
    }
    source.down = false
    source.rows.push(row(first, { version: next(), publishedAt: after, state: 'withdrawn' }))
    assert.deepEqual(urls(await q.getLatestCards(1)), [second.url])
  })
})
