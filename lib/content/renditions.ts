// Crops of each lead photo that search engines ask for (Google: 16:9, 4:3 and 1:1, each at least
// 1200 px wide for Discover's large previews), written by the content step into
// public/renditions/{ratio}/… so they are plain static files on `next start` and on the serverless
// host's asset store alike; nothing crops at request time. A crop narrower than 1200 px is scaled
// up to it (our sample photos are 1200×675); editors' larger originals are only scaled down.
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import { RENDITIONS, renditionPath } from './renditions-paths'

/** Writes the renditions of these lead images that are missing or older than their source. */
export async function writeRenditions(root: string, srcs: Iterable<string>): Promise<number> {
  let written = 0
  for (const src of new Set(srcs)) {
    const source = join(root, 'public', src)
    if (!existsSync(source)) continue
    const changed = statSync(source).mtimeMs
    for (const r of RENDITIONS) {
      const target = join(root, 'public', renditionPath(src, r.id))
      if (existsSync(target) && statSync(target).mtimeMs >= changed) continue
      mkdirSync(dirname(target), { recursive: true })
      await crop(source, r).toFile(target)
      written++
    }
  }
  return written
}

/**
 * One crop, as the content step writes it and as /api/publish makes it for an image it receives
 * (lib/publish/images.ts): the same pipeline, so a published page links the same pictures a build
 * would make. 'attention' keeps the busiest part of the photo (faces, text) in the crop.
 */
export const crop = (source: string | Buffer, r: (typeof RENDITIONS)[number]) =>
  sharp(source)
    .resize(r.width, r.height, { fit: 'cover', position: sharp.strategy.attention })
    .jpeg({ quality: 80, mozjpeg: true })
