import assert from 'node:assert/strict'
import { after, test } from 'node:test'
// The site's components import stylesheets; the content index is the build's (`npm run content`).
import '../../scripts/test-support/test-css-modules'
import '../../scripts/test-support/content-index-modules'
import { testDatabases } from '../../scripts/test-support/test-databases'

// From a publish stored in a real database to every list the site shows: the store, the source the
// server sets at start (lib/db/open-at-start.ts) and the merged view, on PGlite and PostgreSQL.
Object.assign(process.env, { NODE_ENV: 'production' })
const { builtArticleDocs } = await import('../content/source')
const { setOverlaySource } = await import('../catalogue/overlay')
const { resetCatalogue } = await import('../catalogue/cache')
const q = await import('../catalogue/queries')
const { overlaySourceOf } = await import('./overlay-source')
const { publishArticles, withdrawArticle } = await import('./store')
const { compileBody } = await import('./compile')

after(() => setOverlaySource(undefined))

const base = builtArticleDocs().find((d) => !d.draft && !d.live && Date.parse(d.publishedAt) < Date.now())
assert.ok(base, 'the content index has a public article (run `npm run content`)')

for (const { kind, open } of testDatabases()) {
  test(`${kind}: a stored publish is on the home page, its section and its article page; a withdrawal removes it`, async () => {
    const db = await open()
    try {
      resetCatalogue()
      setOverlaySource(overlaySourceOf(async () => db))
      const slug = `wired-${kind}-night-ferry`
      const url = `/${base.section}/${slug}`
      const raw = 'The night ferry now runs until half past eleven.\n'
      const published = new Date().toISOString()
      const meta = {
        ...base,
        slug,
        url,
        title: `Night ferry runs later (${kind})`,
        publishedAt: published,
        modifiedAt: published,
        aliases: [],
      }
      assert.equal(await q.getArticle(base.section, slug), null, 'not there before the publish')

      const { code } = await compileBody(raw)
      await publishArticles(db, [{ url, slug, meta, raw, code, searchText: raw, sourceHash: kind }], 'test-desk')

      const article = await q.getArticle(base.section, slug)
      assert.equal(article?.title, meta.title)
      assert.ok(JSON.stringify(await q.getHomeFront()).includes(url), 'on the home page')
      assert.ok(
        (await q.getSectionPage(base.section, 1))?.items.some((c) => c.url === url),
        'on its section front',
      )

      await withdrawArticle(db, url, 'test-desk')
      assert.equal(await q.getArticle(base.section, slug), null, 'withdrawn')
      assert.ok(!JSON.stringify(await q.getHomeFront()).includes(url))
    } finally {
      await db.dispose()
    }
  })
}
