import type { Queryable } from '../db/types'
import type { ImageToStore } from './images'

// Images published with articles (table published_images, migration 0005; ADR 0019 "Images"),
// written in the publish's transaction (lib/publish/store.ts applyPublish) and read by the routes
// that serve them (app/images, app/renditions: lib/publish/serve-image.ts).

/** A publish sent other bytes for an image path the site already has: nothing was stored. */
export class ImageConflictError extends Error {
  constructor(readonly path: string) {
    super(
      `${path} is already on the site with other bytes; an image's address never changes what it shows ` +
        '(readers, the CDN and the image optimizer keep copies): save the new picture under a new file name',
    )
    this.name = 'ImageConflictError'
  }
}

/**
 * Writes the images (originals and their crops) that the table lacks; an image already stored
 * with the same bytes is left as it is (publishing a story again resends nothing new), one with
 * other bytes throws ImageConflictError. Call inside the publish's transaction.
 */
export async function storeImages(
  tx: Queryable,
  images: readonly ImageToStore[],
  keyName: string | null,
): Promise<number> {
  if (images.length === 0) return 0
  const { rows } = await tx.query<{ path: string; sha256: string }>(
    `SELECT path, sha256 FROM published_images WHERE path = ANY($1::text[]) FOR UPDATE`,
    [images.map((i) => i.path)],
  )
  const have = new Map(rows.map((r) => [r.path, r.sha256]))
  let written = 0
  for (const img of images) {
    const stored = have.get(img.path)
    // A crop is judged by its source: sharp's output may differ by a byte between versions.
    if (stored !== undefined) {
      if (img.sourcePath === null && stored !== img.sha256) throw new ImageConflictError(img.path)
      continue
    }
    await tx.query(
      `INSERT INTO published_images (path, content_type, bytes, sha256, width, height, source_path, key_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [img.path, img.contentType, img.bytes, img.sha256, img.width, img.height, img.sourcePath, keyName],
    )
    have.set(img.path, img.sha256)
    written++
  }
  return written
}

export type StoredImage = { contentType: string; bytes: Buffer; sha256: string; width: number; height: number }

/** The stored image at a site path, or null. */
export async function getStoredImage(db: Queryable, path: string): Promise<StoredImage | null> {
  const { rows } = await db.query<{
    content_type: string
    bytes: Uint8Array
    sha256: string
    width: number
    height: number
  }>(`SELECT content_type, bytes, sha256, width, height FROM published_images WHERE path = $1`, [path])
  const r = rows[0]
  if (!r) return null
  return {
    contentType: r.content_type,
    bytes: Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength),
    sha256: r.sha256,
    width: r.width,
    height: r.height,
  }
}

/** Which of these paths the table has, with their hash, width and size (no bytes read). */
export async function storedImageInfo(
  db: Queryable,
  paths: readonly string[],
): Promise<Map<string, { sha256: string; width: number; size: number }>> {
  if (paths.length === 0) return new Map()
  const { rows } = await db.query<{ path: string; sha256: string; width: number; size: number | string }>(
    `SELECT path, sha256, width, octet_length(bytes) AS size FROM published_images WHERE path = ANY($1::text[])`,
    [[...paths]],
  )
  return new Map(rows.map((r) => [r.path, { sha256: r.sha256, width: r.width, size: Number(r.size) }]))
}
