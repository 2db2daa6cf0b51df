import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { FolderLockedError, lockFolder } from './folder-lock'
import { openPglite } from './pglite'

const scratch = mkdtempSync(join(tmpdir(), 'thenews-lock-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

describe('one owner for the embedded database folder', () => {
  it('refuses a second lock until the first is released', () => {
    const folder = join(scratch, 'a')
    const release = lockFolder(folder)
    assert.throws(() => lockFolder(folder), FolderLockedError)
    assert.throws(() => lockFolder(folder), new RegExp(`already open by process ${process.pid}`))
    release()
    assert.ok(!existsSync(`${folder}.lock`))
    lockFolder(folder)()
  })

  it('takes over a lock whose process died (kill -9 leaves one behind)', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    const folder = join(scratch, 'b')
    writeFileSync(`${folder}.lock`, JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: 'earlier' }))
    const release = lockFolder(folder)
    // The lock is now this process's, and it excludes others as any lock does.
    assert.equal(JSON.parse(readFileSync(`${folder}.lock`, 'utf8')).pid, process.pid)
    assert.throws(() => lockFolder(folder), new RegExp(`already open by process ${process.pid}`))
    release()
    assert.ok(!existsSync(`${folder}.lock`))
  })

  it('does not take over a lock whose process is alive', () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' })
    try {
      const folder = join(scratch, 'c')
      const lock = JSON.stringify({ pid: holder.pid, host: hostname(), since: 'earlier' })
      writeFileSync(`${folder}.lock`, lock)
      assert.throws(() => lockFolder(folder), new RegExp(`already open by process ${holder.pid} \\(since earlier\\)`))
      assert.equal(readFileSync(`${folder}.lock`, 'utf8'), lock, 'the holder keeps its lock')
    } finally {
      holder.kill()
    }
  })

  it('makes `npm run db:migrate` fail at once, saying who holds the folder, while the site has it open', async () => {
    const folder = join(scratch, 'db')
    const db = await openPglite(folder)
    try {
      const migrate = spawnSync('npx', ['tsx', 'scripts/db-migrate.ts'], {
        env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: folder },
        encoding: 'utf8',
        timeout: 60_000,
      })
      assert.equal(migrate.status, 1, migrate.stdout + migrate.stderr)
      assert.match(migrate.stderr, new RegExp(`already open by process ${process.pid}`))
      // The owner still works.
      assert.deepEqual((await db.query<{ n: number }>('SELECT 1 AS n')).rows, [{ n: 1 }])
    } finally {
      await db.close()
    }
    assert.ok(!existsSync(`${folder}.lock`), 'closing released the folder')
  })
})
