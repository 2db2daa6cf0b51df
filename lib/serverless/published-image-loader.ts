import { Readable } from 'node:stream'
import type { ImageLoader } from '@opennextjs/aws/types/overrides'
import pg from 'pg'
import type { Queryable } from '../db/types'
import { getStoredImage } from '../publish/image-store'

// The image optimization function's source images (ADR 0019 "Images"): the bucket first (the
// build's public/ files), then the images published since (table published_images, written by
// POST /api/publish in the server function). Read from PostgreSQL directly, with the image
// function's own DATABASE_URL, rather than by fetching the site's /images/… URL: no hop through
// the CDN and the server function for each resize, no SITE_URL to configure and no way to loop back
// into the CDN; the same query the server function answers /images/… with (image-store.ts). Cost:
// the image function needs the database's network access and credentials, as the server function.

/** Neither the bucket nor the database has the image: the function answers 404 (patch-opennext-images.mjs). */
export class ImageNotFound extends Error {
  readonly statusCode = 404
  constructor(path: string) {
    super(`no image at ${path}`)
    this.name = 'ImageNotFound'
  }
}

/** The bucket has no such file: S3 says 404 (NoSuchKey), or 403 without s3:ListBucket; our stand-in, 404. */
function notInBucket(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false
  const err = e as { statusCode?: unknown; name?: unknown; $metadata?: { httpStatusCode?: unknown } }
  const status = err.$metadata?.httpStatusCode ?? err.statusCode
  return status === 404 || status === 403 || err.name === 'NoSuchKey' || err.name === 'NotFound'
}

let pool: pg.Pool | undefined
function database(url: string): Queryable {
  if (!pool) {
    // One connection per instance: a Lambda instance handles one request at a time.
    pool = new pg.Pool({ connectionString: url, max: 1 })
    pool.on('error', (e) => console.error('[images] idle database client error:', e.message))
  }
  const p = pool
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return { rows: (await p.query(sql, params)).rows as Row[] }
    },
  }
}

/** `bucket`, falling back to the published images for /images/… paths the bucket lacks. */
export function withPublishedImages(bucket: ImageLoader): ImageLoader {
  return {
    name: `${bucket.name}+published`,
    async load(url) {
      try {
        return await bucket.load(url)
      } catch (e) {
        if (!notInBucket(e)) throw e
      }
      let path: string
      try {
        path = decodeURIComponent(new URL(url, 'http://local').pathname)
      } catch {
        throw new ImageNotFound(url)
      }
      const databaseUrl = process.env.DATABASE_URL
      // Only what the optimizer may read (next.config.js localPatterns); without a database, the bucket alone.
      if (!path.startsWith('/images/') || !databaseUrl) throw new ImageNotFound(path)
      const image = await getStoredImage(database(databaseUrl), path)
      if (!image) throw new ImageNotFound(path)
      // What the server function sends for it (lib/publish/serve-image.ts): the URL is not content-hashed.
      return { body: Readable.from([image.bytes]), contentType: image.contentType, cacheControl: 'public, max-age=0' }
    },
  }
}
