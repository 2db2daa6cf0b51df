import { MIGRATIONS } from './migrations'
import type { Database } from './types'

/**
 * Applies the migrations not yet applied, each in its own transaction with its bookkeeping row,
 * under an advisory lock so two processes starting together cannot both apply one. Returns the
 * ids applied now.
 */
export async function migrate(db: Database, migrations = MIGRATIONS): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`)
  const applied: string[] = []
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('thenews:migrations'))`)
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id])
      if (rows.length) return false
      // Statement by statement: node-postgres runs several in one call only without parameters,
      // and PGlite's extended query takes one, so both are driven the same way.
      for (const statement of splitStatements(m.sql)) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id])
      return true
    })
    if (done) applied.push(m.id)
  }
  return applied
}

/** Splits a migration on the semicolons that end statements (our migrations hold no literals with ;). */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
}
