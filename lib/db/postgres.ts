import type { Database, Queryable } from './types'

/**
 * PostgreSQL through node-postgres, for DATABASE_URL (a serverless deployment, or several
 * `next start` processes). A small pool: serverless functions each hold their own.
 */
export async function openPostgres(connectionString: string): Promise<Database> {
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 5) })
  // A dropped idle connection must not crash the server; the next query gets a new one.
  pool.on('error', (e) => console.error('[db] idle client error:', e.message))
  const wrap = (q: { query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }> }): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await q.query(sql, params)
      return { rows: result.rows as Row[] }
    },
  })
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {})
        throw e
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
