import type { Queryable } from '../db/types'
import type { ParsedUpdate } from './request'
import type { LiveUpdate } from './types'

// Posted updates of live articles (table live_updates, migration 0002). Every write and its audit
// row are one transaction: an accepted update is stored with its trail, or not at all.

type Row = {
  id: string
  happened_at: Date | string
  title: string | null
  body: string
  is_key: boolean
  pinned: boolean
}

const toUpdate = (r: Row): LiveUpdate => ({
  id: String(r.id),
  time: new Date(r.happened_at).toISOString(),
  ...(r.title ? { title: r.title } : {}),
  body: r.body,
  key: r.is_key,
  pinned: r.pinned,
})

const COLUMNS = 'id, happened_at, title, body, is_key, pinned'

/** The visible (not withdrawn) posted updates of an article, newest first. */
export async function listUpdates(db: Queryable, articleUrl: string): Promise<LiveUpdate[]> {
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM live_updates WHERE article_url = $1 AND withdrawn_at IS NULL ORDER BY happened_at DESC, id DESC`,
    [articleUrl],
  )
  return rows.map(toUpdate)
}

type Tx = { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> }

export async function createUpdate(db: Tx, articleUrl: string, u: ParsedUpdate, now = new Date()): Promise<LiveUpdate> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<Row>(
      `INSERT INTO live_updates (article_url, happened_at, title, body, is_key, pinned)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [articleUrl, u.time ?? now, u.title ?? null, u.body, u.key ?? false, u.pinned ?? false],
    )
    const created = toUpdate(rows[0]!)
    await tx.query(`INSERT INTO live_update_audit (update_id, action, after) VALUES ($1, 'create', $2)`, [
      created.id,
      JSON.stringify(created),
    ])
    return created
  })
}

/** Changes the given fields of an update of this article; null when there is no such (visible) update. */
export async function editUpdate(db: Tx, articleUrl: string, id: string, u: ParsedUpdate): Promise<LiveUpdate | null> {
  return db.transaction(async (tx) => {
    const before = await findForUpdate(tx, articleUrl, id)
    if (!before) return null
    const { rows } = await tx.query<Row>(
      `UPDATE live_updates SET
         happened_at = COALESCE($2, happened_at),
         title = CASE WHEN $3::boolean THEN $4 ELSE title END,
         body = COALESCE($5, body),
         is_key = COALESCE($6, is_key),
         pinned = COALESCE($7, pinned),
         updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, u.time ?? null, u.title !== undefined, u.title ?? null, u.body ?? null, u.key ?? null, u.pinned ?? null],
    )
    const after = toUpdate(rows[0]!)
    await tx.query(`INSERT INTO live_update_audit (update_id, action, before, after) VALUES ($1, 'edit', $2, $3)`, [
      id,
      JSON.stringify(before),
      JSON.stringify(after),
    ])
    return after
  })
}

/** Withdraws an update (it leaves the page; its row and trail stay). False when there is none. */
export async function withdrawUpdate(db: Tx, articleUrl: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await findForUpdate(tx, articleUrl, id)
    if (!before) return false
    await tx.query(`UPDATE live_updates SET withdrawn_at = now(), updated_at = now() WHERE id = $1`, [id])
    await tx.query(`INSERT INTO live_update_audit (update_id, action, before) VALUES ($1, 'withdraw', $2)`, [
      id,
      JSON.stringify(before),
    ])
    return true
  })
}

async function findForUpdate(tx: Queryable, articleUrl: string, id: string): Promise<LiveUpdate | null> {
  if (!/^[1-9]\d{0,15}$/.test(id)) return null
  const { rows } = await tx.query<Row>(
    `SELECT ${COLUMNS} FROM live_updates WHERE id = $1 AND article_url = $2 AND withdrawn_at IS NULL FOR UPDATE`,
    [id, articleUrl],
  )
  return rows[0] ? toUpdate(rows[0]) : null
}

/** The audit trail of one update, oldest first (for the editor and the tests). */
export async function auditTrail(
  db: Queryable,
  id: string,
): Promise<{ action: string; before: unknown; after: unknown }[]> {
  const { rows } = await db.query<{ action: string; before: unknown; after: unknown }>(
    `SELECT action, before, after FROM live_update_audit WHERE update_id = $1 ORDER BY id`,
    [id],
  )
  return rows
}
