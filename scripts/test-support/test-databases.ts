// For tests: a fresh, migrated database of each kind the machine offers. PGlite (in memory)
// always; PostgreSQL too when TEST_DATABASE_URL points at a server (.ci/run starts one), each
// suite in a database of its own, dropped afterwards.
import { randomBytes } from 'node:crypto'
import { migrate } from '../../lib/db/migrate'
import { openPglite } from '../../lib/db/pglite'
import { openPostgres } from '../../lib/db/postgres'
import type { Database } from '../../lib/db/types'

type TestDatabase = { kind: string; open: () => Promise<Database & { dispose(): Promise<void> }> }

export function testDatabases(): TestDatabase[] {
  const kinds: TestDatabase[] = [
    {
      kind: 'pglite',
      open: async () => {
        const db = await openPglite('memory://')
        await migrate(db)
        return Object.assign(db, { dispose: () => db.close() })
      },
    },
  ]
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    kinds.push({
      kind: 'postgres',
      open: async () => {
        const admin = await openPostgres(url)
        const name = `thenews_t_${randomBytes(6).toString('hex')}`
        await admin.query(`CREATE DATABASE ${name}`)
        const u = new URL(url)
        u.pathname = `/${name}`
        const db = await openPostgres(u.toString())
        await migrate(db)
        return Object.assign(db, {
          dispose: async () => {
            await db.close()
            await admin.query(`DROP DATABASE ${name}`)
            await admin.close()
          },
        })
      },
    })
  }
  return kinds
}
