import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { ArticleMeta } from '../content/meta'
import type { Database, Queryable } from '../db/types'
import {
  type ArticleToPublish,
  PublishConflictError,
  getPublished,
  latestVersion,
  loadPublishedSince,
  publishArticles,
  publishAuditTrail,
  withdrawArticle,
} from './store'

/** An article as a publish would send it; `text` varies every field that holds content. */
function article(section: ArticleMeta['section'], slug: string, text: string): ArticleToPublish {
  const url = `/${section}/${slug}`
  const raw = `A story about ${text}.\n\n<Callout>${text}</Callout>\n`
  const meta: ArticleMeta = {
    title: `Headline: ${text}`,
    summary: `Summary: ${text}`,
    date: '2026-12-01T10:00:00-06:00',
    section,
    authors: ['ana-lopez'],
    tags: ['publishing'],
    draft: false,
    corrections: [],
    aliases: [],
    live: false,
    slug,
    url,
    publishedAt: '2026-12-01T16:00:00.000Z',
    updatedAt: '',
    wordCount: 4,
    readingMinutes: 1,
    excerpt: `A story about ${text}.`,
    articleType: 'news',
    fileUpdates: [],
    modifiedAt: '2026-12-01T16:00:00.000Z',
  }
  return {
    url,
    slug,
    meta,
    raw,
    code: `return { default: () => ${JSON.stringify(text)} }`,
    searchText: `A story about ${text}. ${text}`,
    sourceHash: createHash('sha256').update(`---\ntitle: ${text}\n---\n${raw}`).digest('hex'),
  }
}

/** The fields a publish sends, as stored (what "whole" means for a row). */
const sent = (a: ArticleToPublish | null) =>
  a && {
    url: a.url,
    slug: a.slug,
    meta: a.meta,
    raw: a.raw,
    code: a.code,
    searchText: a.searchText,
    sourceHash: a.sourceHash,
  }

for (const { kind, open } of testDatabases()) {
  test(`${kind}: a publish is stored whole and read back by version`, async () => {
    const db = await open()
    try {
      assert.equal(await latestVersion(db), 0)
      const a = article('mexico', 'first-story', 'one')
      const b = article('tech', 'second-story', 'two')
      const stored = await publishArticles(db, [a, b], 'desk')
      assert.equal(stored.length, 2)
      assert.ok(stored[0]!.version < stored[1]!.version, 'each row has its own, increasing version')
      assert.equal(await latestVersion(db), stored[1]!.version)

      const all = await loadPublishedSince(db, 0)
      assert.deepEqual(all.map(sent), [sent(a), sent(b)])
      assert.ok(all.every((r) => r.state === 'published'))
      assert.ok(!Number.isNaN(Date.parse(all[0]!.publishedAt)))
      assert.deepEqual(
        (await loadPublishedSince(db, stored[0]!.version)).map((r) => r.url),
        [b.url],
      )
      assert.deepEqual(await loadPublishedSince(db, stored[1]!.version), [])
      assert.deepEqual(sent(await getPublished(db, a.url)), sent(a))
      assert.equal(await getPublished(db, '/mexico/never-published'), null)
      assert.deepEqual(await publishAuditTrail(db, a.url), [
        { action: 'publish', keyName: 'desk', beforeHash: null, afterHash: a.sourceHash, version: stored[0]!.version },
      ])
    } finally {
      await db.dispose()
    }
  })

  test(`${kind}: an edit replaces the row with a new version; the audit has before and after`, async () => {
    const db = await open()
    try {
      const first = article('world', 'summit', 'first draft')
      const edit = article('world', 'summit', 'corrected figure')
      const [v1] = await publishArticles(db, [first], 'desk')
      const [v2] = await publishArticles(db, [edit], null)
      assert.ok(v2!.version > v1!.version)
      assert.deepEqual(sent(await getPublished(db, edit.url)), sent(edit))
      assert.deepEqual((await loadPublishedSince(db, v1!.version)).map(sent), [sent(edit)])
      assert.deepEqual(await publishAuditTrail(db, edit.url), [
        { action: 'publish', keyName: 'desk', beforeHash: null, afterHash: first.sourceHash, version: v1!.version },
        {
          action: 'publish',
          keyName: null,
          beforeHash: first.sourceHash,
          afterHash: edit.sourceHash,
          version: v2!.version,
        },
      ])
    } finally {
      await db.dispose()
    }
  })

  test(`${kind}: a withdrawal keeps the row, marks it, and is a change readers see`, async () => {
    const db = await open()
    try {
      const a = article('business', 'merger', 'merger')
      const [published] = await publishArticles(db, [a], 'desk')
      const withdrawn = await withdrawArticle(db, a.url, 'legal')
      assert.equal(withdrawn?.state, 'withdrawn')
      assert.ok(withdrawn.version > published!.version)
      assert.deepEqual(sent(withdrawn), sent(a), 'the content stays for the record')
      assert.deepEqual(
        (await loadPublishedSince(db, published!.version)).map((r) => [r.url, r.state]),
        [[a.url, 'withdrawn']],
      )
      // Withdrawing again changes nothing; an unknown URL has nothing to withdraw.
      assert.deepEqual(await withdrawArticle(db, a.url, 'legal'), withdrawn)
      assert.equal(await withdrawArticle(db, '/business/unknown', 'legal'), null)
      // Published again, it is back, and the trail links each step to the one before.
      const [again] = await publishArticles(db, [a], 'desk')
      assert.equal(again!.state, 'published')
      assert.deepEqual(
        (await publishAuditTrail(db, a.url)).map((e) => [e.action, e.keyName, e.beforeHash, e.afterHash, e.version]),
        [
          ['publish', 'desk', null, a.sourceHash, published!.version],
          ['withdraw', 'legal', a.sourceHash, null, withdrawn.version],
          ['publish', 'desk', null, a.sourceHash, again!.version],
        ],
      )
    } finally {
      await db.dispose()
    }
  })

  test(`${kind}: a slug another URL holds fails the whole publish, rows before it included`, async () => {
    const db = await open()
    try {
      const owner = article('sports', 'final', 'the final')
      const [ownerRow] = await publishArticles(db, [owner], 'desk')
      const fine = article('culture', 'festival', 'festival')
      const edited = article('sports', 'final', 'an edit that must not land')
      const clash = article('culture', 'final', 'same slug, other section')
      await assert.rejects(
        publishArticles(db, [fine, edited, clash], 'desk'),
        (e: unknown) =>
          e instanceof PublishConflictError &&
          e.reason === 'slug-taken' &&
          e.url === clash.url &&
          e.ownedBy === owner.url,
      )
      assert.equal(await getPublished(db, fine.url), null)
      assert.equal(await getPublished(db, clash.url), null)
      assert.deepEqual(sent(await getPublished(db, owner.url)), sent(owner))
      assert.equal(await latestVersion(db), ownerRow!.version)
      assert.equal((await publishAuditTrail(db, owner.url)).length, 1)
      assert.deepEqual(await publishAuditTrail(db, fine.url), [])

      // Two articles of one publish with one slug, and one URL sent twice: refused the same way.
      await assert.rejects(
        publishArticles(db, [article('tech', 'twin', 'a'), article('world', 'twin', 'b')], 'desk'),
        (e: unknown) => e instanceof PublishConflictError && e.reason === 'slug-taken' && e.ownedBy === '/tech/twin',
      )
      await assert.rejects(
        publishArticles(db, [article('tech', 'twice', 'a'), article('tech', 'twice', 'b')], 'desk'),
        (e: unknown) => e instanceof PublishConflictError && e.reason === 'sent-twice',
      )
      assert.deepEqual(
        (await loadPublishedSince(db, 0)).map((r) => r.url),
        [owner.url],
      )
    } finally {
      await db.dispose()
    }
  })

  // On PostgreSQL each transaction takes its own pooled connection, so the two publishes really
  // run at once and meet on the locks. PGlite is one connection whose transactions queue, so there
  // the same test shows only that the outcome holds when they queue.
  test(`${kind}: two publishes of one article at once: the later version wins, whole`, async () => {
    const db = await open()
    try {
      const base = article('mexico', 'contested', 'base')
      await publishArticles(db, [base], 'desk')
      for (let round = 0; round < 8; round++) {
        const x = article('mexico', 'contested', `version x of round ${round}`)
        const y = article('mexico', 'contested', `version y of round ${round}`)
        // A second article in each publish, so each transaction holds its lock a while longer.
        const [[rx], [ry]] = await Promise.all([
          publishArticles(db, [x, article('world', `x-${round}`, 'x')], 'key-x'),
          publishArticles(db, [y, article('world', `y-${round}`, 'y')], 'key-y'),
        ])
        assert.notEqual(rx!.version, ry!.version)
        const winner = rx!.version > ry!.version ? x : y
        const stored = await getPublished(db, base.url)
        assert.deepEqual(sent(stored), sent(winner), `round ${round}: the row is the later publish, whole`)
        assert.equal(stored!.version, Math.max(rx!.version, ry!.version))
      }
      // Serialised, each publish saw the one before it: every "before" is the previous "after".
      const trail = await publishAuditTrail(db, base.url)
      assert.equal(trail.length, 1 + 2 * 8)
      for (let i = 1; i < trail.length; i++) {
        assert.equal(trail[i]!.beforeHash, trail[i - 1]!.afterHash, `audit row ${i} follows row ${i - 1}`)
        assert.ok(trail[i]!.version > trail[i - 1]!.version)
      }
    } finally {
      await db.dispose()
    }
  })

  // A reader asks for "version > the last I saw". If a publish could commit a larger version while
  // another still held a smaller one uncommitted, that reader would skip the smaller for good.
  // Needs a second connection to read while a publish is held open: PostgreSQL only (PGlite's one
  // connection would make the reader wait for the held publish).
  test(
    `${kind}: a version a reader has seen is never followed by a smaller one`,
    { skip: kind !== 'postgres' },
    async () => {
      const db = await open()
      try {
        const held = article('world', 'held', 'held open')
        const other = article('tech', 'other', 'another article')
        const { gated, reached, release } = holdAfterInsert(db, held.url)
        const first = publishArticles(gated, [held], 'desk')
        await reached
        const second = publishArticles(db, [other], 'desk')
        // Give the second publish time to commit, were it not made to wait for the first.
        let seen = 0
        for (let i = 0; i < 20 && seen === 0; i++) {
          await new Promise((r) => setTimeout(r, 50))
          seen = await latestVersion(db)
        }
        release()
        await Promise.all([first, second])
        assert.deepEqual(
          (await loadPublishedSince(db, seen)).map((r) => r.url).sort(),
          [held.url, other.url].sort(),
          `a reader that saw version ${seen} still gets both publishes`,
        )
      } finally {
        await db.dispose()
      }
    },
  )
}

/** `db` whose transactions stop, once, right after storing `url`'s row, until released. */
function holdAfterInsert(db: Database, url: string) {
  let release = () => {}
  const gate = new Promise<void>((r) => (release = r))
  let signal = () => {}
  const reached = new Promise<void>((r) => (signal = r))
  const gated: Pick<Database, 'transaction'> = {
    transaction: (work) =>
      db.transaction((tx) => {
        const wrapped: Queryable = {
          async query<Row>(sql: string, params?: unknown[]) {
            const result = await tx.query<Row>(sql, params)
            if (sql.includes('INSERT INTO published_articles') && params?.[0] === url) {
              signal()
              await gate
            }
            return result
          },
        }
        return work(wrapped)
      }),
  }
  return { gated, reached, release }
}
