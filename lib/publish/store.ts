import type { ArticleMeta } from '../content/meta'
import type { Database, Queryable } from '../db/types'
import { storeImages } from './image-store'
import type { ImageToStore } from './images'
import type { PublishedArticle } from './types'

// Articles published through /api/publish since the build (table published_articles, migration
// 0004; docs/decisions/0019-publish-in-seconds.md). A publish is one transaction: every article
// it sends is stored with its audit row, or none is.

/** One article as a publish sends it; the store gives it its state, version and time. */
export type ArticleToPublish = Omit<PublishedArticle, 'version' | 'publishedAt' | 'state'>

/** A publish refused because of what the table holds or what it sent: nothing was stored. */
export class PublishConflictError extends Error {
  constructor(
    /** The URL being published. */
    readonly url: string,
    readonly slug: string,
    /** 'slug-taken': another URL holds the slug; 'sent-twice': the publish names the URL twice. */
    readonly reason: 'slug-taken' | 'sent-twice',
    /** For 'slug-taken', the URL that holds the slug. */
    readonly ownedBy?: string,
  ) {
    super(
      reason === 'slug-taken'
        ? `the slug "${slug}" belongs to ${ownedBy ?? 'another article'}; ${url} cannot take it`
        : `${url} is sent more than once in one publish`,
    )
    this.name = 'PublishConflictError'
  }
}

type Writer = Pick<Database, 'transaction'>

type Row = {
  url: string
  slug: string
  meta: ArticleMeta
  raw: string
  code: string
  search_text: string
  state: PublishedArticle['state']
  // bigint: node-postgres hands it over as a string.
  version: string | number
  published_at: Date | string
  source_hash: string
}

const COLUMNS = 'url, slug, meta, raw, code, search_text, state, version, published_at, source_hash'

const toArticle = (r: Row): PublishedArticle => ({
  url: r.url,
  slug: r.slug,
  meta: r.meta,
  raw: r.raw,
  code: r.code,
  searchText: r.search_text,
  state: r.state,
  version: Number(r.version),
  publishedAt: new Date(r.published_at).toISOString(),
  sourceHash: r.source_hash,
})

/**
 * Publishes and withdrawals take turns. Readers ask for "version > the last I saw": were two
 * publishes to interleave, the one holding the smaller version could commit after a reader had
 * seen the larger, and that reader would never see it. Under this lock versions are taken, and
 * committed, in order. Returns the time to store: after the wait, so a later version never carries
 * an earlier time.
 */
async function takeTurn(tx: Queryable): Promise<Date> {
  const { rows } = await tx.query<{ at: Date | string }>(
    `SELECT pg_advisory_xact_lock(hashtext('thenews:publish')), clock_timestamp() AS at`,
  )
  return new Date(rows[0]!.at)
}

/** The hash an audit row records as "before": what readers saw, nothing when withdrawn. */
const visibleHash = (r: Pick<Row, 'state' | 'source_hash'> | undefined) =>
  r?.state === 'published' ? r.source_hash : null

/** Stores a publish: each article new or replacing its row whole, each with a new version. */
export async function publishArticles(
  db: Writer,
  articles: readonly ArticleToPublish[],
  keyName: string | null,
): Promise<PublishedArticle[]> {
  return (await applyPublish(db, { publish: articles, withdraw: [] }, keyName)).published
}

/**
 * Withdraws a published article: its row stays, marked withdrawn, with a new version (so readers
 * see the change) and the time of the withdrawal (so it counts as newer than the build). Null when
 * the table has no row for the URL; an article already withdrawn is returned unchanged.
 */
export async function withdrawArticle(
  db: Writer,
  url: string,
  keyName: string | null,
): Promise<PublishedArticle | null> {
  return (await applyPublish(db, { publish: [], withdraw: [{ url }] }, keyName)).withdrawn[0] ?? null
}

/**
 * A URL to withdraw. `built`: the article as the build has it, for a URL that has no row yet (it
 * was never published through the API): it is stored as a withdrawn row carrying the build's
 * metadata, so the view knows what left which lists. Without `built`, a URL without a row is left
 * alone (null in the result).
 */
export type ArticleToWithdraw = {
  url: string
  built?: { slug: string; meta: ArticleMeta }
  /**
   * A section move (lib/publish/cross-check.ts sectionMoves): the URL the same publish stores this
   * article at. The old row gives its slug up to it, in the same transaction, before the new one
   * is stored: the column `slug` of a row moved away holds its own URL (no slug has a "/"), so
   * the table's one-row-per-slug rule holds and the slug can move again, back too.
   */
  movedTo?: string
}

/**
 * One publish: images and articles stored and URLs withdrawn in one transaction, all of it or
 * none. Throws PublishConflictError (nothing stored) for a slug another URL holds or a URL named
 * twice, ImageConflictError (lib/publish/image-store.ts) for an image path stored with other bytes.
 */
export async function applyPublish(
  db: Writer,
  {
    publish,
    withdraw,
    images = [],
  }: {
    publish: readonly ArticleToPublish[]
    withdraw: readonly ArticleToWithdraw[]
    images?: readonly ImageToStore[]
  },
  keyName: string | null,
): Promise<{ published: PublishedArticle[]; withdrawn: (PublishedArticle | null)[]; imagesWritten: number }> {
  const seen = new Set<string>()
  for (const a of [...publish, ...withdraw]) {
    const slug = 'slug' in a ? a.slug : (a.built?.slug ?? '')
    if (seen.has(a.url)) throw new PublishConflictError(a.url, slug, 'sent-twice')
    seen.add(a.url)
  }
  for (const w of withdraw)
    if (w.movedTo !== undefined && !publish.some((a) => a.url === w.movedTo))
      throw new Error(`${w.url} is moved to ${w.movedTo}, which this publish does not store`)
  return db.transaction(async (tx) => {
    const at = await takeTurn(tx)
    // Images first: a page that can be read (once this commits) finds its pictures.
    const imagesWritten = await storeImages(tx, images, keyName)
    // The old addresses of moved articles before the articles: they free the slugs these take.
    const withdrawn = new Map<ArticleToWithdraw, PublishedArticle | null>()
    for (const w of withdraw) if (w.movedTo !== undefined) withdrawn.set(w, await withdrawOne(tx, at, w, keyName))
    const published = await storeArticles(tx, at, publish, keyName)
    for (const w of withdraw) if (w.movedTo === undefined) withdrawn.set(w, await withdrawOne(tx, at, w, keyName))
    return { published, withdrawn: withdraw.map((w) => withdrawn.get(w) ?? null), imagesWritten }
  })
}

async function storeArticles(
  tx: Queryable,
  at: Date,
  articles: readonly ArticleToPublish[],
  keyName: string | null,
): Promise<PublishedArticle[]> {
  if (articles.length === 0) return []
  // The rows this publish replaces, locked until it commits.
  const { rows: current } = await tx.query<Pick<Row, 'url' | 'state' | 'source_hash'>>(
    `SELECT url, state, source_hash FROM published_articles WHERE url = ANY($1::text[]) FOR UPDATE`,
    [articles.map((a) => a.url)],
  )
  const before = new Map(current.map((r) => [r.url, r]))
  const stored: PublishedArticle[] = []
  for (const a of articles) {
    // Checked row by row, so a slug taken by an earlier article of this publish counts too.
    const { rows: owner } = await tx.query<{ url: string }>(
      `SELECT url FROM published_articles WHERE slug = $1 AND url <> $2`,
      [a.slug, a.url],
    )
    if (owner[0]) throw new PublishConflictError(a.url, a.slug, 'slug-taken', owner[0].url)
    const { rows } = await tx.query<Row>(
      `INSERT INTO published_articles
         (url, slug, meta, raw, code, search_text, state, version, published_at, source_hash, key_name)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, 'published', nextval('published_articles_version'), $7, $8, $9)
       ON CONFLICT (url) DO UPDATE SET
         slug = EXCLUDED.slug, meta = EXCLUDED.meta, raw = EXCLUDED.raw, code = EXCLUDED.code,
         search_text = EXCLUDED.search_text, state = EXCLUDED.state, version = EXCLUDED.version,
         published_at = EXCLUDED.published_at, source_hash = EXCLUDED.source_hash, key_name = EXCLUDED.key_name
       RETURNING ${COLUMNS}`,
      [a.url, a.slug, JSON.stringify(a.meta), a.raw, a.code, a.searchText, at, a.sourceHash, keyName],
    )
    const article = toArticle(rows[0]!)
    await audit(tx, article, 'publish', keyName, visibleHash(before.get(a.url)), article.sourceHash)
    stored.push(article)
  }
  return stored
}

async function withdrawOne(
  tx: Queryable,
  at: Date,
  { url, built, movedTo }: ArticleToWithdraw,
  keyName: string | null,
): Promise<PublishedArticle | null> {
  const { rows: current } = await tx.query<Row>(`SELECT ${COLUMNS} FROM published_articles WHERE url = $1 FOR UPDATE`, [
    url,
  ])
  const row = current[0]
  if (!row) {
    if (!built) return null
    // A moved article's old row holds no slug (ArticleToWithdraw.movedTo); any other takes its own.
    const slug = movedTo === undefined ? built.slug : url
    const { rows: owner } = await tx.query<{ url: string }>(`SELECT url FROM published_articles WHERE slug = $1`, [
      slug,
    ])
    if (owner[0]) throw new PublishConflictError(url, built.slug, 'slug-taken', owner[0].url)
    // No body: a withdrawn article is never rendered. The build's file hash is not known here, so
    // the audit's "before" is null and the row's hash empty.
    const { rows } = await tx.query<Row>(
      `INSERT INTO published_articles
         (url, slug, meta, raw, code, search_text, state, version, published_at, source_hash, key_name)
       VALUES ($1, $2, $3::jsonb, '', '', '', 'withdrawn', nextval('published_articles_version'), $4, '', $5)
       RETURNING ${COLUMNS}`,
      [url, slug, JSON.stringify(built.meta), at, keyName],
    )
    const article = toArticle(rows[0]!)
    await audit(tx, article, 'withdraw', keyName, null, null)
    return article
  }
  const slug = movedTo === undefined ? row.slug : url
  if (row.state === 'withdrawn') {
    if (slug === row.slug) return toArticle(row)
    // Readers see no change (the row was gone already): the slug is freed, the version kept.
    const { rows } = await tx.query<Row>(
      `UPDATE published_articles SET slug = $2 WHERE url = $1 RETURNING ${COLUMNS}`,
      [url, slug],
    )
    return toArticle(rows[0]!)
  }
  const { rows } = await tx.query<Row>(
    `UPDATE published_articles
     SET state = 'withdrawn', slug = $4, version = nextval('published_articles_version'), published_at = $2, key_name = $3
     WHERE url = $1 RETURNING ${COLUMNS}`,
    [url, at, keyName, slug],
  )
  const article = toArticle(rows[0]!)
  await audit(tx, article, 'withdraw', keyName, row.source_hash, null)
  return article
}

async function audit(
  tx: Queryable,
  article: PublishedArticle,
  action: 'publish' | 'withdraw',
  keyName: string | null,
  beforeHash: string | null,
  afterHash: string | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO published_article_audit (url, action, key_name, before_hash, after_hash, version)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [article.url, action, keyName, beforeHash, afterHash, article.version],
  )
}

/** Every row changed after `version` (published or withdrawn), oldest change first. */
export async function loadPublishedSince(db: Queryable, version: number): Promise<PublishedArticle[]> {
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM published_articles WHERE version > $1 ORDER BY version`,
    [version],
  )
  return rows.map(toArticle)
}

/** The version of the latest publish or withdrawal; 0 before the first. */
export async function latestVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ v: string | number }>(
    `SELECT coalesce(max(version), 0) AS v FROM published_articles`,
  )
  return Number(rows[0]?.v ?? 0)
}

/** The row for one URL, published or withdrawn; null when it was never published. */
export async function getPublished(db: Queryable, url: string): Promise<PublishedArticle | null> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM published_articles WHERE url = $1`, [url])
  return rows[0] ? toArticle(rows[0]) : null
}

export type AuditEntry = {
  action: 'publish' | 'withdraw'
  keyName: string | null
  beforeHash: string | null
  afterHash: string | null
  version: number
}

/** The audit trail of one URL, oldest first (for the editor and the tests). */
export async function publishAuditTrail(db: Queryable, url: string): Promise<AuditEntry[]> {
  const { rows } = await db.query<{
    action: AuditEntry['action']
    key_name: string | null
    before_hash: string | null
    after_hash: string | null
    version: string | number
  }>(
    `SELECT action, key_name, before_hash, after_hash, version FROM published_article_audit WHERE url = $1 ORDER BY id`,
    [url],
  )
  return rows.map((r) => ({
    action: r.action,
    keyName: r.key_name,
    beforeHash: r.before_hash,
    afterHash: r.after_hash,
    version: Number(r.version),
  }))
}
