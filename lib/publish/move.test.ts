import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, test } from 'node:test'
// The site's components import stylesheets; the content index is the build's (`npm run content`).
import '../../scripts/test-support/test-css-modules'
import '../../scripts/test-support/content-index-modules'
import { testDatabases } from '../../scripts/test-support/test-databases'

// A section move by publish (docs/decisions/0019-publish-in-seconds.md, "Moving to another
// section"): a built article's file sent from another section's folder, through the real handler,
// store (PGlite and PostgreSQL), merged view, feeds, sitemap, search and 404 filter.
Object.assign(process.env, { NODE_ENV: 'production' })
const { builtArticleDocs, authorDocs } = await import('../content/source')
const { setOverlaySource } = await import('../catalogue/overlay')
const { catalogue, refreshOverlay, resetCatalogue, sectionCards } = await import('../catalogue/cache')
const q = await import('../catalogue/queries')
const { getFeedSources, getSitemapSources } = await import('../catalogue/syndication-sources')
const { runSearch } = await import('../search/search')
const { notFoundFilter } = await import('../http/not-found-filter')
const { NOT_FOUND_PAGE, registerNotFoundFilter } = await import('../http/register-not-found-filter')
const { overlaySourceOf } = await import('./overlay-source')
const { handlePublish } = await import('./handler')
const { PublishConflictError, applyPublish, getPublished, publishAuditTrail, publishArticles } = await import('./store')

const now = Date.now()
const base = builtArticleDocs().find(
  (d) =>
    !d.draft &&
    !d.live &&
    d.aliases.length === 0 &&
    Date.parse(d.publishedAt) < now &&
    existsSync(`content/articles/${d.section}/${d.slug}.mdx`),
)
assert.ok(base, 'the content index has a public article without aliases (run `npm run content`)')
const FROM = base.section
const TO = FROM === 'sports' ? 'world' : 'sports'
const OLD = `/${FROM}/${base.slug}`
const NEW = `/${TO}/${base.slug}`
const original = readFileSync(`content/articles/${FROM}/${base.slug}.mdx`, 'utf8')
assert.match(original, new RegExp(`^section: ${FROM}$`, 'm'))
assert.doesNotMatch(original, /^aliases:/m)

/** The article's file as moved to `section`, with these aliases. */
const moved = (section: string, aliases: string[]) =>
  original
    .replace(new RegExp(`^section: ${FROM}$`, 'm'), `section: ${section}`)
    .replace(/^---\n/, aliases.length ? `---\naliases: [${aliases.join(', ')}]\n` : '---\n')

const build = mkdtempSync(join(tmpdir(), 'thenews-move-'))
mkdirSync(dirname(join(build, NOT_FOUND_PAGE)), { recursive: true })
writeFileSync(join(build, NOT_FOUND_PAGE), '<!doctype html><title>Not found</title>')
registerNotFoundFilter(build)
after(() => {
  setOverlaySource(undefined)
  rmSync(build, { recursive: true, force: true })
})

for (const { kind, open } of testDatabases()) {
  test(`${kind}: a file moved to another section publishes there; the old URL redirects, lists follow`, async () => {
    const db = await open()
    try {
      resetCatalogue()
      setOverlaySource(overlaySourceOf(async () => db))
      const expired: string[] = []
      const send = (section: string, aliases: string[]) =>
        handlePublish(
          new Request('http://site.test/api/publish', {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret' },
            body: JSON.stringify({
              files: [{ path: `content/articles/${section}/${base.slug}.mdx`, text: moved(section, aliases) }],
            }),
          }),
          {
            db: async () => db,
            secrets: 'desk:s3cret',
            builtArticles: builtArticleDocs,
            authorIds: () => new Set(authorDocs().map((a) => a.id)),
            imageExists: (src) => existsSync(join('public', src)),
            revalidate: (path) => void expired.push(path),
          },
        )
      const view = async () => {
        await refreshOverlay()
        return catalogue()
      }

      // Without the old address in `aliases`: refused, saying how to move it; nothing stored.
      const refused = await send(TO, [])
      assert.equal(refused.status, 409)
      const { error } = (await refused.json()) as { error: string }
      assert.match(error, new RegExp(`belongs to ${OLD} on the site; to move that article here, add "${OLD}"`))
      assert.equal(await getPublished(db, NEW), null)
      assert.equal(await getPublished(db, OLD), null)

      const res = await send(TO, [OLD])
      const answer = (await res.json()) as { results: unknown[] }
      assert.equal(res.status, 201, JSON.stringify(answer))
      const newRow = await getPublished(db, NEW)
      const oldRow = await getPublished(db, OLD)
      assert.equal(newRow?.state, 'published')
      assert.equal(oldRow?.state, 'withdrawn')
      assert.deepEqual(answer.results, [
        { url: NEW, action: 'created', version: newRow.version, movedFrom: OLD },
        { url: OLD, action: 'moved', version: oldRow.version, movedTo: NEW },
      ])
      for (const path of [OLD, NEW, `/lite${OLD}`, `/${FROM}`, `/${TO}`, `/${FROM}/feed.xml`, `/${TO}/feed.xml`])
        assert.ok(expired.includes(path), `expires ${path}`)
      assert.deepEqual(
        (await publishAuditTrail(db, OLD)).map((e) => e.action),
        ['withdraw'],
      )
      assert.deepEqual(
        (await publishAuditTrail(db, NEW)).map((e) => e.action),
        ['publish'],
      )

      // Every list: the new URL only.
      const v = await view()
      assert.equal(await q.getArticle(FROM, base.slug), null)
      assert.equal((await q.getArticle(TO, base.slug))?.title, base.title)
      assert.ok(!sectionCards(v, FROM).some((c) => c.url === OLD), 'off the old section front')
      assert.ok(
        sectionCards(v, TO).some((c) => c.url === NEW),
        'on the new section front',
      )
      const feedOld = (await getFeedSources(1000, FROM)).map((a) => a.url)
      const feedNew = (await getFeedSources(1000, TO)).map((a) => a.url)
      assert.ok(feedOld.length > 0 && !feedOld.includes(OLD) && !feedOld.includes(NEW), 'off the old feed')
      assert.ok(feedNew.includes(NEW), 'in the new feed')
      const sitemap = (await getSitemapSources()).articles.map((a) => a.url)
      assert.ok(sitemap.includes(NEW) && !sitemap.includes(OLD), 'the sitemap has the new URL only')
      const found = (await runSearch(base.title, undefined)).results.map((r) => r.url)
      assert.ok(found.includes(NEW) && !found.includes(OLD), `search finds the new URL only: ${found.join(' ')}`)

      // The old address, and its lite twin, answer 308 to the new one.
      const filter = notFoundFilter()
      assert.ok(filter)
      assert.deepEqual(
        [(await filter(`${OLD}?a=1`))?.status, (await filter(`${OLD}?a=1`))?.headers.location],
        [308, `${NEW}?a=1`],
      )
      assert.equal((await filter(`/lite${OLD}`))?.headers.location, `/lite${NEW}`)

      // And back again: the slug moves with the article, the other address now redirects.
      const back = await send(FROM, [NEW])
      assert.equal(back.status, 200, await back.clone().text())
      await view()
      assert.equal((await q.getArticle(FROM, base.slug))?.title, base.title)
      assert.equal(await q.getArticle(TO, base.slug), null)
      assert.equal((await filter(NEW))?.headers.location, OLD)
      assert.equal((await getPublished(db, OLD))?.state, 'published')
      assert.equal((await getPublished(db, NEW))?.state, 'withdrawn')
    } finally {
      setOverlaySource(undefined)
      await db.dispose()
    }
  })

  test(`${kind}: a move is one transaction, and of two moves of one article at once one wins`, async () => {
    const db = await open()
    try {
      const row = (section: string, slug: string) => ({
        url: `/${section}/${slug}`,
        slug,
        meta: { ...base, section: section as typeof base.section, slug, url: `/${section}/${slug}` },
        raw: 'Body.',
        code: 'return { default: () => null }',
        searchText: 'Body.',
        sourceHash: `${section}-${slug}`,
      })
      const [stay] = await publishArticles(db, [row('world', 'a'), row('tech', 'b')], 'desk')
      // The move and an article whose slug is taken, together: nothing of it is stored.
      await assert.rejects(
        applyPublish(
          db,
          { publish: [row('sports', 'a'), row('mexico', 'b')], withdraw: [{ url: '/world/a', movedTo: '/sports/a' }] },
          'desk',
        ),
        PublishConflictError,
      )
      const kept = await getPublished(db, '/world/a')
      assert.deepEqual([kept?.state, kept?.version], ['published', stay!.version])
      assert.equal(await getPublished(db, '/sports/a'), null)
      assert.equal((await publishAuditTrail(db, '/world/a')).length, 1)

      const results = await Promise.allSettled(
        ['sports', 'culture'].map((to) =>
          applyPublish(db, { publish: [row(to, 'a')], withdraw: [{ url: '/world/a', movedTo: `/${to}/a` }] }, 'desk'),
        ),
      )
      assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected'])
      const lost = results.find((r) => r.status === 'rejected')
      assert.ok(lost?.status === 'rejected' && lost.reason instanceof PublishConflictError)
      const winner = results.findIndex((r) => r.status === 'fulfilled') === 0 ? '/sports/a' : '/culture/a'
      assert.equal(lost.reason.ownedBy, winner)
      const { rows } = await db.query<{ url: string; state: string }>(
        `SELECT url, state FROM published_articles WHERE meta->>'slug' = 'a' ORDER BY url`,
      )
      assert.deepEqual(
        rows,
        [
          { url: winner, state: 'published' },
          { url: '/world/a', state: 'withdrawn' },
        ].sort((x, y) => x.url.localeCompare(y.url)),
      )
    } finally {
      await db.dispose()
    }
  })
}
