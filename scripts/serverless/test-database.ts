// A PostgreSQL database of one serverless test run, on the server scripts/with-postgres.sh
// started, migrated as a deploy step would (`npm run db:migrate`). The function reaches it through
// the Unix socket (its network namespace has no route to the TCP port); the test reads it by TCP.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import pg from 'pg'

export type TestDatabase = {
  /** For the function: through the socket folder. */
  socketUrl: string
  query: <Row>(sql: string, params?: unknown[]) => Promise<Row[]>
  drop: () => Promise<void>
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL
  const socketDir = process.env.TEST_DATABASE_SOCKET_DIR
  assert.ok(
    url && socketDir,
    'needs TEST_DATABASE_URL and TEST_DATABASE_SOCKET_DIR (scripts/with-postgres.sh sets both)',
  )
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  const name = `thenews_lambda_${process.pid}_${Date.now()}`
  await admin.query(`CREATE DATABASE ${name}`)
  const tcpUrl = new URL(url)
  tcpUrl.pathname = `/${name}`
  const migrate = spawnSync('npx', ['tsx', 'scripts/db-migrate.ts'], {
    env: { ...process.env, DATABASE_URL: tcpUrl.href },
    encoding: 'utf8',
  })
  assert.equal(migrate.status, 0, `npm run db:migrate failed:\n${migrate.stdout}${migrate.stderr}`)
  return {
    socketUrl: `postgres://${tcpUrl.username}@${encodeURIComponent(socketDir)}:${tcpUrl.port}/${name}`,
    async query<Row>(sql: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: tcpUrl.href })
      await client.connect()
      try {
        return (await client.query(sql, params)).rows as Row[]
      } finally {
        await client.end()
      }
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {})
      await admin.end()
    },
  }
}
