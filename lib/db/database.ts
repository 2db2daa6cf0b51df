import { migrate } from './migrate'
import { openPglite } from './pglite'
import { openPostgres } from './postgres'
import type { Database } from './types'

/** Where the embedded database lives unless PGLITE_DATA_DIR says otherwise. */
export const DEFAULT_PGLITE_DIR = '.data/pglite'

export type DatabaseConfig = { url?: string; pgliteDir?: string }

export function databaseConfigFromEnv(env = process.env): DatabaseConfig {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR }
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.url ? await openPostgres(config.url) : await openPglite(config.pgliteDir ?? DEFAULT_PGLITE_DIR)
  try {
    await migrate(db)
  } catch (e) {
    await db.close().catch(() => {})
    throw e
  }
  return db
}

// One database per server process, kept on globalThis so `next dev` reloading modules does not
// open the PGlite folder twice (two owners would corrupt it).
const holder = globalThis as typeof globalThis & { __thenewsDb?: Promise<Database> }

/** The app's database, opened (and migrated) on first use. A failed open is retried next time. */
export function getDatabase(): Promise<Database> {
  if (!holder.__thenewsDb) {
    holder.__thenewsDb = openDatabase(databaseConfigFromEnv()).catch((e) => {
      holder.__thenewsDb = undefined
      throw e
    })
  }
  return holder.__thenewsDb
}
