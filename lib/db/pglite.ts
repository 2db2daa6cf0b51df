import { mkdir } from 'node:fs/promises'
import { lockFolder } from './folder-lock'
import type { Database, Queryable } from './types'

/**
 * The embedded default: PostgreSQL compiled to WebAssembly, in a data folder, no server to run
 * (docs/decisions/0010-embedded-database.md). One process owns the folder at a time, which is
 * what `next start` on one machine is; serverless deployments set DATABASE_URL instead.
 * `dataDir` 'memory://' keeps everything in memory (tests).
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite')
  const inMemory = dataDir.includes('://')
  if (!inMemory) await mkdir(dataDir, { recursive: true })
  // One owner per folder, checked before PGlite touches it (lib/db/folder-lock.ts).
  const release = inMemory ? () => {} : lockFolder(dataDir)
  const db = await PGlite.create(dataDir).catch((e: unknown) => {
    release()
    throw e
  })
  const wrap = (q: Pick<typeof db, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await q.query<Row>(sql, params)
      return { rows: result.rows }
    },
  })
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: async () => {
      try {
        await db.close()
      } finally {
        release()
      }
    },
  }
}
