import { randomBytes } from 'node:crypto'
import type { Queryable } from './types'

/**
 * A secret the app needs (to sign newsletter links, to key hashes of client addresses). From the
 * environment when set; otherwise generated once and kept in the database, so a fresh install
 * needs no setup and links keep working across restarts and instances.
 */
export async function appSecret(db: Queryable, name: string, fromEnv?: string): Promise<string> {
  if (fromEnv) return fromEnv
  // Once stored a secret never changes, so each database's are read once per process.
  let known = remembered.get(db)
  if (!known) remembered.set(db, (known = new Map()))
  const cached = known.get(name)
  if (cached) return cached
  const value = await readOrCreate(db, name)
  known.set(name, value)
  return value
}

const remembered = new WeakMap<Queryable, Map<string, string>>()

async function readOrCreate(db: Queryable, name: string): Promise<string> {
  const found = await db.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [name])
  if (found.rows[0]) return found.rows[0].value
  await db.query('INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    name,
    randomBytes(32).toString('base64url'),
  ])
  const { rows } = await db.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [name])
  return rows[0]!.value
}
