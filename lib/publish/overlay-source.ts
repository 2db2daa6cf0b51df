import type { OverlaySource } from '../catalogue/overlay'
import { getDatabase } from '../db/database'
import type { Queryable } from '../db/types'
import { latestVersion, loadPublishedSince } from './store'

/** The published rows of a database, read through the store. */
export function overlaySourceOf(open: () => Promise<Queryable>): OverlaySource {
  return {
    latestVersion: async () => latestVersion(await open()),
    loadSince: async (version) => loadPublishedSince(await open(), version),
  }
}

/**
 * The published rows as the merged view reads them (lib/catalogue/cache.ts): from the site's own
 * database, PGlite on one machine or PostgreSQL on the serverless host. Opened on each use, so a
 * database that was down at start is used once it answers; until then the view is the build's.
 */
export const databaseOverlaySource: OverlaySource = overlaySourceOf(getDatabase)
