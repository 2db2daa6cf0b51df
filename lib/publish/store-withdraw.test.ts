import assert from 'node:assert/strict'
import { test } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { ArticleMeta } from '../content/meta'
import { PublishConflictError, applyPublish, getPublished, loadPublishedSince, publishAuditTrail } from './store'

// Withdrawing an article the build has but the table does not (it was never published through the
// API), and a publish that stores and withdraws in one transaction.

const meta = (section: ArticleMeta['section'], slug: string): ArticleMeta => ({
  title: `Built: ${slug}`,
  summary: 'From the build',
  date: '2026-10-01T10:00',
  section,
  authors: [],
  tags: ['archive'],
  draft: false,
  corrections: [],
  aliases: [],
  live: false,
  slug,
  url: `/${section}/${slug}`,
  publishedAt: '2026-10-01T16:00:00.000Z',
  updatedAt: '',
  wordCount: 10,
  readingMinutes: 1,
  excerpt: 'From the build',
  articleType: 'news',
  fileUpdates: [],
  modifiedAt: '2026-10-01T16:00:00.000Z',
})

const toPublish = (section: ArticleMeta['section'], slug: string) => ({
  url: `/${section}/${slug}`,
  slug,
  meta: meta(section, slug),
  raw: 'Body.',
  code: 'return { default: () => null }',
  searchText: 'Body.',
  sourceHash: 'a'.repeat(64),
})

for (const { kind, open } of testDatabases()) {
  test(`${kind}: an article only the build has is withdrawn as a row with the build's metadata`, async () => {
    const db = await open()
    try {
      const built = meta('world', 'old-story')
      const { published, withdrawn } = await applyPublish(
        db,
        { publish: [], withdraw: [{ url: built.url, built: { slug: built.slug, meta: built } }] },
        'legal',
      )
      assert.deepEqual(published, [])
      const row = withdrawn[0]
      assert.equal(row?.state, 'withdrawn')
      assert.deepEqual(row.meta, built)
      assert.deepEqual(await getPublished(db, built.url), row)
      assert.deepEqual(
        (await loadPublishedSince(db, 0)).map((r) => [r.url, r.state]),
        [[built.url, 'withdrawn']],
      )
      assert.deepEqual(await publishAuditTrail(db, built.url), [
        { action: 'withdraw', keyName: 'legal', beforeHash: null, afterHash: null, version: row.version },
      ])
      // Without the build's article, a URL with no row has nothing to withdraw.
      const none = await applyPublish(db, { publish: [], withdraw: [{ url: '/world/nothing' }] }, 'legal')
      assert.deepEqual(none.withdrawn, [null])
    } finally {
      await db.dispose()
    }
  })

  test(`${kind}: publish and withdraw in one call are one transaction: a conflict stores neither`, async () => {
    const db = await open()
    try {
      await applyPublish(db, { publish: [toPublish('sports', 'final')], withdraw: [] }, 'desk')
      const before = await loadPublishedSince(db, 0)
      // The withdrawn build article's slug is held by another URL: the whole call fails.
      const clash = meta('culture', 'final')
      await assert.rejects(
        applyPublish(
          db,
          {
            publish: [toPublish('tech', 'new-gadget')],
            withdraw: [{ url: clash.url, built: { slug: clash.slug, meta: clash } }],
          },
          'desk',
        ),
        (e) => e instanceof PublishConflictError && e.reason === 'slug-taken' && e.ownedBy === '/sports/final',
      )
      assert.deepEqual(await loadPublishedSince(db, 0), before)
      assert.deepEqual(await publishAuditTrail(db, '/tech/new-gadget'), [])

      const both = await applyPublish(
        db,
        { publish: [toPublish('tech', 'new-gadget')], withdraw: [{ url: '/sports/final' }] },
        'desk',
      )
      assert.equal(both.published[0]?.state, 'published')
      assert.equal(both.withdrawn[0]?.state, 'withdrawn')
      assert.ok(both.withdrawn[0].version > both.published[0].version)
    } finally {
      await db.dispose()
    }
  })
}
