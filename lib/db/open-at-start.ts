// The Node.js half of instrumentation.ts (a file of its own so Next never bundles it for Edge):
// the database is opened and migrated when the server starts, before it takes requests (creating a fresh embedded database blocks the event loop for
// seconds), and a second owner of the PGlite folder fails now, loudly, rather than on a sign-up
// (lib/db/folder-lock.ts).
import { setOverlaySource } from '../catalogue/overlay'
import { registerNotFoundFilter } from '../http/register-not-found-filter'
import { databaseOverlaySource } from '../publish/overlay-source'
import { getDatabase } from './database'
import { FolderLockedError } from './folder-lock'

export async function openDatabaseAtStart(): Promise<void> {
  // Articles published since the build (/api/publish) are rows of this database: every reader of
  // content sees them through the merged view (docs/decisions/0019-publish-in-seconds.md).
  setOverlaySource(databaseOverlaySource)
  // What the server around Next asks for each 404 page: 410, 308 or the real 404 page
  // (lib/http/not-found-filter.ts).
  registerNotFoundFilter()
  try {
    await getDatabase()
  } catch (e) {
    console.error(`[database] not available at start: ${(e as Error).message}`)
    // A second server on the same embedded database would lose writes: it does not start.
    if (e instanceof FolderLockedError) process.exit(1)
    // Otherwise pages still render; the newsletter and most read answer "unavailable" and retry.
  }
}
