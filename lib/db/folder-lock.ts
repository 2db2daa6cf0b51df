import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'

// One owner for the embedded database's folder. Two PGlite processes on one folder corrupt it and
// lose writes silently (a second server, or `npm run db:migrate` while the site runs, did exactly
// that), so the first opener takes a lock file beside the folder and every other opener fails at
// once, saying who holds it. A lock left by a process that died (kill -9) is taken over.

export class FolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: string,
  ) {
    super(
      `${folder} is already open by ${holder}. The embedded database has one owner: stop that ` +
        `process first, or use a PostgreSQL server (DATABASE_URL) to share the database.`,
    )
    this.name = 'FolderLockedError'
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' // exists, owned by another user
  }
}

/** Takes `${folder}.lock` for this process, or throws FolderLockedError. Returns the release. */
export function lockFolder(folder: string): () => void {
  const path = `${folder}.lock`
  const me = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, JSON.stringify(me))
      closeSync(fd)
      let released = false
      const release = () => {
        if (released) return
        released = true
        process.off('exit', release)
        try {
          const held = JSON.parse(readFileSync(path, 'utf8')) as typeof me
          if (held.pid === me.pid && held.since === me.since) unlinkSync(path)
        } catch {
          // already gone
        }
      }
      process.on('exit', release)
      return release
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      let held: Partial<typeof me> = {}
      try {
        held = JSON.parse(readFileSync(path, 'utf8')) as typeof me
      } catch {
        // unreadable or half-written: treated as held by a live process, to be safe
      }
      const sameHost = held.host === undefined || held.host === me.host
      if (typeof held.pid === 'number' && sameHost && !alive(held.pid)) {
        unlinkSync(path) // its owner died without releasing it
        continue
      }
      throw new FolderLockedError(
        folder,
        held.pid ? `process ${held.pid} (since ${held.since})` : `another process (${path})`,
      )
    }
  }
  throw new FolderLockedError(folder, `another process (${path})`)
}
