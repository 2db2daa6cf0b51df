import assert from 'node:assert/strict'
import { test } from 'node:test'
import { migrate, splitStatements } from './migrate'
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
