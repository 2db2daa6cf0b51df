import assert from 'node:assert/strict'
import { test } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { ArticleMeta } from '../content/meta'
import type { Database } from '../db/types'
import { MAX_PUBLISH_BYTES, MAX_REQUEST_BYTES, type PublishDeps, handlePublish } from './handler'
import { publishAuditTrail } from './store'

// The publish endpoint's logic through its real parts (checker, compiler, store on PGlite and
// PostgreSQL); only Next's revalidatePath is recorded instead of called.

const built: ArticleMeta = {
  title: 'A built story',
  summary: 'S',
  date: '2026-10-01T10:00',
  section: 'world',
  authors: [],
  tags: ['Old tag'],
  draft: false,
  corrections: [],
  aliases: ['/world/its-old-address'],
  live: false,
  slug: 'built-story',
  url: '/world/built-story',
  publishedAt: '2026-10-01T16:00:00.000Z',
  updatedAt: '',
  wordCount: 3,
  readingMinutes: 1,
  excerpt: 'S',
  articleType: 'news',
  fileUpdates: [],
  modifiedAt: '2026-10-01T16:00:00.000Z',
}

const file = (front: string, body = 'A paragraph.\n\n<FactBox title="Facts">\n- One fact\n</FactBox>\n') =>
  `---\ntitle: A new story\nsummary: What happened\ndate: 2026-11-02T10:00\nsection: mexico\n${front}---\n${body}`
const PATH = 'content/articles/mexico/new-story.mdx'

function setup(db: Database) {
  const expired: string[] = []
  const deps: PublishDeps = {
    db: async () => db,
    secrets: 'desk:s3cret-desk, night:s3cret-night',
    builtArticles: () => [built],
    authorIds: () => new Set(['ana-lucia-ortega']),
    imageExists: (src) => src === '/images/ok.jpg',
    revalidate: (path) => void expired.push(path),
  }
  const send = (
    body: unknown,
    {
      token = 's3cret-desk',
      client = '203.0.113.1',
      raw,
    }: { token?: string | null; client?: string; raw?: string } = {},
  ) =>
    handlePublish(
      new Request('http://site.test/api/publish', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': client,
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        },
        body: raw ?? JSON.stringify(body),
      }),
      deps,
    )
  const counts = async () => {
    const { rows } = await db.query<{ a: string | number; b: string | number }>(
      'SELECT (SELECT count(*) FROM published_articles) AS a, (SELECT count(*) FROM published_article_audit) AS b',
    )
    return [Number(rows[0]!.a), Number(rows[0]!.b)]
  }
  return { send, counts, expired }
}

const one = (text: string, path = PATH) => ({ files: [{ path, text }] })

/** Bad publishes: [what, request, status, words the error must hold (file and field)]. */
const BAD: [string, { body?: unknown; raw?: string; token?: string | null }, number, string[]][] = [
  ['no token', { body: one(file('')), token: null }, 401, ['PUBLISH_SECRET']],
  ['a wrong token', { body: one(file('')), token: 'nope' }, 401, ['PUBLISH_SECRET']],
  ['malformed JSON', { raw: '{"files": [' }, 400, ['Malformed JSON']],
  ['oversized articles', { raw: JSON.stringify(one('x'.repeat(MAX_PUBLISH_BYTES + 1))) }, 413, ['too large']],
  ['an oversized request', { raw: JSON.stringify(one('x'.repeat(MAX_REQUEST_BYTES))) }, 413, ['too large']],
  [
    'a path outside content/articles',
    { body: one(file(''), 'content/pages/x.mdx') },
    400,
    ['content/pages/x.mdx: path:'],
  ],
  ['a path climbing out', { body: one(file(''), 'content/articles/../../x.mdx') }, 400, ['path:']],
  [
    "another brand's article",
    { body: one(file(''), 'content/brands/estadio-deportes/articles/futbol/x.mdx') },
    400,
    ["content/brands/estadio-deportes/articles/futbol/x.mdx: path: another brand's article (BRAND=estadio-deportes)"],
  ],
  [
    'a file that is not .mdx',
    { body: one(file(''), 'content/articles/mexico/x.md') },
    400,
    ['x.md: path: must be an .mdx file'],
  ],
  [
    'a broken file',
    { body: one(file('authors: ana-lucia-ortega\n').replace('title: A new story\n', '')) },
    400,
    [`${PATH}: title: required field is missing`, `${PATH}: authors: must be a list`],
  ],
  [
    'an unknown author',
    { body: one(file('authors: [nobody]\n')) },
    400,
    [`${PATH}: authors[0]: unknown author id "nobody"`],
  ],
  [
    'a missing image',
    { body: one(file('image:\n  src: /images/new.jpg\n  alt: A\n  credit: B\n')) },
    400,
    [`${PATH}: image.src: "/images/new.jpg" does not exist`],
  ],
  [
    'an unknown component',
    { body: one(file('', 'Text <Nope />\n')) },
    400,
    [`${PATH}: body: line 7: unknown component <Nope>`],
  ],
  ['JavaScript in MDX', { body: one(file('', 'Text {process.env.X}\n')) }, 400, [`${PATH}: body: line 7:`]],
  [
    'an export in MDX',
    { body: one(file('', 'export const x = 1\n\nText\n')) },
    400,
    [`${PATH}: body: line 7:`, 'export'],
  ],
  ['HTML in MDX', { body: one(file('', '<script>alert(1)</script>\n')) }, 400, [`${PATH}: body: line 7:`, 'script']],
  [
    'a slug another article owns',
    { body: one(file(''), 'content/articles/mexico/built-story.mdx') },
    409,
    ['built-story.mdx: slug (file name): the slug "built-story" belongs to /world/built-story'],
  ],
  [
    'an alias that is another article’s',
    { body: one(file('aliases: [/world/its-old-address]\n')) },
    409,
    [`${PATH}: aliases[0]: "/world/its-old-address" is already an alias of /world/built-story`],
  ],
  ['an unknown field in the request', { body: { files: [], extra: 1 } }, 400, ['(request): extra: unknown field']],
  ['a file without text', { body: { files: [{ path: PATH }] } }, 400, [`${PATH}: text: required`]],
  [
    'a withdrawal of an unknown URL',
    { body: { withdraw: ['/mexico/never-was'] } },
    404,
    ['withdraw[0]: url: /mexico/never-was'],
  ],
]

for (const { kind, open } of testDatabases()) {
  test(`${kind}: every bad publish gets its 4xx naming file and field, and stores nothing`, async () => {
    const db = await open()
    try {
      const { send, counts, expired } = setup(db)
      assert.ok(BAD.length > 0)
      for (const [what, req, status, words] of BAD) {
        const before = await counts()
        const res = await send(req.body, {
          raw: req.raw,
          token: req.token,
          client: `198.51.100.${BAD.findIndex((b) => b[0] === what)}`,
        })
        const text = await res.text()
        assert.equal(res.status, status, `${what}: ${text}`)
        const { error } = JSON.parse(text) as { error: string }
        for (const w of words) assert.ok(error.includes(w), `${what}: "${w}" in ${error}`)
        assert.deepEqual(await counts(), before, `${what}: nothing stored`)
      }
      assert.deepEqual(expired, [])
    } finally {
      await db.dispose()
    }
  })

  test(`${kind}: wrong tokens are throttled per client, the right one included, others unaffected`, async () => {
    const db = await open()
    try {
      const { send, counts } = setup(db)
      for (let i = 0; i < 20; i++) assert.equal((await send(one(file('')), { token: `guess-${i}` })).status, 401)
      const throttled = await send(one(file('')))
      assert.equal(throttled.status, 429)
      assert.ok(Number(throttled.headers.get('retry-after')) > 0)
      assert.deepEqual(await counts(), [0, 0])
      assert.equal((await send(one(file('')), { client: '192.0.2.9' })).status, 201)
    } finally {
      await db.dispose()
    }
  })

  test(`${kind}: a good publish is stored, audited under its key, and expires the pages that show it`, async () => {
    const db = await open()
    try {
      const { send, counts, expired } = setup(db)
      const text = file('authors: [ana-lucia-ortega]\ntags: [Mexico City]\n')
      const res = await send(one(text), { token: 's3cret-night' })
      assert.equal(res.status, 201, await res.clone().text())
      const answer = (await res.json()) as {
        results: { url: string; action: string; version: number }[]
        expired: string[]
      }
      assert.equal(answer.results.length, 1)
      assert.deepEqual(
        answer.results.map((r) => [r.url, r.action]),
        [['/mexico/new-story', 'created']],
      )
      assert.deepEqual(await counts(), [1, 1])
      const { rows } = await db.query<{ meta: ArticleMeta; state: string; raw: string; code: string }>(
        'SELECT meta, state, raw, code FROM published_articles',
      )
      assert.equal(rows[0]!.state, 'published')
      assert.equal(rows[0]!.meta.title, 'A new story')
      assert.equal(rows[0]!.meta.publishedAt, '2026-11-02T16:00:00.000Z')
      assert.match(rows[0]!.code, /FactBox/)
      const trail = await publishAuditTrail(db, '/mexico/new-story')
      assert.deepEqual(
        trail.map((t) => [t.action, t.keyName, t.version]),
        [['publish', 'night', answer.results[0]!.version]],
      )
      for (const path of [
        '/',
        '/mexico',
        '/mexico/new-story',
        '/lite/mexico/new-story',
        '/og/mexico/new-story.png',
        '/mexico/feed.xml',
        '/feed.xml',
        '/sitemap.xml',
        '/news-sitemap.xml',
        '/tags',
        '/tags/mexico-city',
        '/authors/ana-lucia-ortega',
        '/[section]/page/[page]',
      ])
        assert.ok(answer.expired.includes(path), `${path} expired`)
      assert.ok(!answer.expired.includes('/corrections'), 'no correction, no /corrections')
      assert.deepEqual(expired, answer.expired)

      // An edit moving it to another tag, with a correction: 200, both tags and /corrections.
      const edit = file('tags: [Water]\ncorrections:\n  - date: 2026-11-03T10:00\n    text: The figure was wrong.\n')
      const res2 = await send(one(edit))
      assert.equal(res2.status, 200)
      const answer2 = (await res2.json()) as { results: { action: string; version: number }[]; expired: string[] }
      assert.equal(answer2.results[0]!.action, 'updated')
      assert.ok(answer2.results[0]!.version > answer.results[0]!.version)
      for (const path of ['/tags/mexico-city', '/tags/water', '/corrections', '/authors/ana-lucia-ortega'])
        assert.ok(answer2.expired.includes(path), `${path} expired on edit`)

      // Withdrawing the build's article and the published one: both rows withdrawn, audited.
      const res3 = await send({ withdraw: ['/world/built-story', '/mexico/new-story'] })
      assert.equal(res3.status, 200)
      const answer3 = (await res3.json()) as { results: { url: string; action: string }[]; expired: string[] }
      assert.deepEqual(
        answer3.results.map((r) => [r.url, r.action]),
        [
          ['/world/built-story', 'withdrawn'],
          ['/mexico/new-story', 'withdrawn'],
        ],
      )
      assert.ok(answer3.expired.includes('/tags/old-tag') && answer3.expired.includes('/world'))
      assert.deepEqual(await counts(), [2, 4])
    } finally {
      await db.dispose()
    }
  })
}

test('with the database down, a publish is a 503 that says to try again, never a 500', async () => {
  const down = async (): Promise<Database> => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:5432')
  }
  const expired: string[] = []
  const res = await handlePublish(
    new Request('http://site.test/api/publish', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer s3cret-desk',
        'x-forwarded-for': '203.0.113.9',
      },
      body: JSON.stringify({ files: [{ path: PATH, text: file('') }] }),
    }),
    {
      db: down,
      secrets: 'desk:s3cret-desk',
      builtArticles: () => [built],
      authorIds: () => new Set(),
      imageExists: () => true,
      revalidate: (path) => void expired.push(path),
    },
  )
  assert.equal(res.status, 503)
  assert.equal(res.headers.get('retry-after'), '60')
  assert.match(((await res.json()) as { error: string }).error, /try again/i)
  assert.deepEqual(expired, [], 'nothing expired')
})
