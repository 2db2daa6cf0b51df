import assert from 'node:assert/strict'
import { test } from 'node:test'
import { migrate, splitStatements } from './migrate'
import { openPglite } from './pglite'
import { MIGRATIONS } from './migrations'
import { testDatabases } from '../../scripts/test-support/test-databases'

for (const { kind, open } of testDatabases()) {
  test(`${kind}: migrations apply once, are recorded, and a failing one leaves nothing behind`, async () => {
    const db = await open()
    try {
      // open() migrated already: running again applies nothing.
      assert.deepEqual(await migrate(db), [])
      const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')
      assert.deepEqual(
        rows.map((r) => r.id),
        MIGRATIONS.map((m) => m.id),
      )
      const broken = [{ id: '9999_broken', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table' }]
      await assert.rejects(migrate(db, broken), /no_such_table/)
      const left = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")
      assert.equal(left.rows.length, 0, 'the failed migration was rolled back whole')
      const recorded = await db.query("SELECT 1 FROM schema_migrations WHERE id = '9999_broken'")
      assert.equal(recorded.rows.length, 0)
    } finally {
      await db.dispose()
    }
  })
}

test('statements are split on semicolons, comments dropped', () => {
  assert.deepEqual(splitStatements('-- a; comment\nCREATE TABLE a (x int);\n\nCREATE INDEX i ON a (x);'), [
    'CREATE TABLE a (x int)',
    'CREATE INDEX i ON a (x)',
  ])
})

test('rate-limit rows written before expiry was recorded get one; those over a day old go', async () => {
  const db = await openPglite('memory://')
  try {
    const upTo = MIGRATIONS.findIndex((m) => m.id === '0003_rate_limit_expiry')
    assert.ok(upTo > 0)
    await migrate(db, MIGRATIONS.slice(0, upTo))
    await db.query(
      `INSERT INTO rate_limit_hits (bucket, window_start, hits) VALUES
       ('old', now() - interval '3 days', 1), ('recent', date_trunc('hour', now()), 2)`,
    )
    await migrate(db)
    const { rows } = await db.query<{ bucket: string; day_long: boolean }>(
      `SELECT bucket, expires_at = window_start + interval '1 day' AS day_long FROM rate_limit_hits`,
    )
    assert.deepEqual(rows, [{ bucket: 'recent', day_long: true }])
  } finally {
    await db.close()
  }
})
