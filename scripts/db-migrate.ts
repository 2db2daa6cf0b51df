// `npm run db:migrate`: brings the configured database's schema up to date — PostgreSQL when
// DATABASE_URL is set, otherwise the embedded PGlite folder (PGLITE_DATA_DIR, default .data/pglite;
// .data/{id}/pglite for a sister brand).
// The site also migrates on first use; deploy pipelines run this first so no request pays for it.
import { databaseConfigFromEnv } from '../lib/db/database'
import { migrate } from '../lib/db/migrate'
import { openPglite } from '../lib/db/pglite'
import { openPostgres } from '../lib/db/postgres'

const config = databaseConfigFromEnv()
const where = config.url ? `PostgreSQL (${new URL(config.url).host})` : `PGlite (${config.pgliteDir})`
try {
  const db = config.url ? await openPostgres(config.url) : await openPglite(config.pgliteDir!)
  const applied = await migrate(db)
  await db.close()
  console.log(applied.length ? `${where}: applied ${applied.join(', ')}` : `${where}: schema up to date`)
} catch (e) {
  console.error(`${where}: migration failed: ${(e as Error).message}`)
  process.exit(1)
}
