// Runs once when a server process starts (`next start`, or a serverless function's init), before
// it takes requests: the database is opened and migrated here, so no reader's request pays for it
// (creating a fresh embedded database blocks the event loop for seconds) and a second owner of
// the PGlite folder fails now, loudly, rather than on a sign-up (lib/db/folder-lock.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { getDatabase } = await import('./lib/db/database')
  const { FolderLockedError } = await import('./lib/db/folder-lock')
  try {
    await getDatabase()
  } catch (e) {
    console.error(`[database] not available at start: ${(e as Error).message}`)
    // A second server on the same embedded database would lose writes: it does not start.
    if (e instanceof FolderLockedError) process.exit(1)
    // Otherwise pages still render; the newsletter and most read answer "unavailable" and retry.
  }
}
