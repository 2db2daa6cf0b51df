import { markDatabaseDown } from './health'
import { migrate } from './migrate'
import { openPglite } from './pglite'
import { openPostgres } from './postgres'
import type { Database } from './types'
import { READ_ONLY_DATABASE_MESSAGE, appFolderWritable, brandDataDir } from './writable-paths'

/** Where the embedded database lives unless PGLITE_DATA_DIR says otherwise: .data/pglite for the-news, .data/{id}/pglite for a sister brand. */
const DEFAULT_PGLITE_DIR = `${brandDataDir()}/pglite`

type DatabaseConfig = { url?: string; pgliteDir?: string }

export function databaseConfigFromEnv(env = process.env): DatabaseConfig {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR }
}

/**
 * Refuses the embedded database where it would not last: with no DATABASE_URL and no
 * PGLITE_DATA_DIR on a host whose app folder is read-only (serverless), a PGlite folder under /tmp
 * would vanish with the instance and take accepted sign-ups with it. Callers answer 503 instead.
 */
function checkLasting(config: DatabaseConfig, env = process.env): void {
  if (!config.url && !env.PGLITE_DATA_DIR && !appFolderWritable()) throw new Error(READ_ONLY_DATABASE_MESSAGE)
}

/** Opens the configured database and brings its schema up to date. */
async function openDatabase(config: DatabaseConfig): Promise<Database> {
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
    const config = databaseConfigFromEnv()
    holder.__thenewsDb = Promise.resolve()
      .then(() => checkLasting(config))
      .then(() => openDatabase(config))
      .then((db) => {
        markDatabaseDown(false)
        return db
      })
      .catch((e) => {
        holder.__thenewsDb = undefined
        markDatabaseDown(true)
        throw e
      })
  }
  return holder.__thenewsDb
}
