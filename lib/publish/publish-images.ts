import { parseMdxFile } from '../content/check-file'
import { type ImageRef, imagesReferenced } from '../content/image-refs'
import { renditionPath } from '../content/renditions-paths'
import type { ContentProblem } from '../content/validate'
import type { Queryable } from '../db/types'
import { ImageConflictError, getStoredImage, storedImageInfo } from './image-store'
import { type ImageToStore, type SentImage, prepareImages, renditionsOf } from './images'

// The images of one publish, for lib/publish/handler.ts: what the sent files reference, the sent
// images checked (lib/publish/images.ts) against what the site has, and what the files' own
// checks need to know (whether an image exists, a lead image's width).

export type PublishImages = {
  /** Rows to write in the publish's transaction. */
  images: ImageToStore[]
  /** Whether the site will serve this path once the publish is stored. */
  exists: (src: string) => boolean
  /** The width of a sent or stored image (the build's lead-image rule). */
  width: (src: string) => number | undefined
}

export async function imagesOfPublish(
  files: readonly { path: string; text: string }[],
  sent: readonly SentImage[],
  db: Queryable,
  /** Whether the build serves the path (public/, or a built article's lead image). */
  builtHas: (src: string) => boolean,
): Promise<PublishImages | { status: number; problems: ContentProblem[] }> {
  const refs = new Map<string, { file: string; field: ImageRef['field'] }[]>()
  for (const f of files) {
    const parsed = parseMdxFile(f.path, f.text)
    if (!('source' in parsed)) continue
    for (const r of imagesReferenced(parsed)) refs.set(r.src, [...(refs.get(r.src) ?? []), { file: f.path, ...r }])
  }

  // The build's images are files (public/, the CDN): a row could never replace them.
  const inBuild = sent.filter((img) => builtHas(img.path))
  if (inBuild.length > 0)
    return {
      status: 409,
      problems: inBuild.map((img) => ({
        file: img.path,
        field: `images[${img.index}].path`,
        message: 'the site already serves this image from its build; send a new picture under a new file name',
      })),
    }

  const prepared = await prepareImages(sent, refs)
  if ('problems' in prepared) return { status: 400, problems: prepared.problems }
  const { images } = prepared

  const paths = [...refs.keys()]
  const stored = await storedImageInfo(db, [...paths, ...paths.map((p) => renditionPath(p, '16x9'))])
  const conflicts = sent.filter((img) => {
    const row = stored.get(img.path)
    return row !== undefined && row.sha256 !== img.sha256
  })
  if (conflicts.length > 0)
    return {
      status: 409,
      problems: conflicts.map((img) => ({
        file: img.path,
        field: `images[${img.index}].data`,
        message: new ImageConflictError(img.path).message,
      })),
    }

  // A published image first shown in a body, now a lead image: its crops are made now.
  const sentPaths = new Set(sent.map((s) => s.path))
  for (const [src, by] of refs) {
    if (sentPaths.has(src) || !stored.has(src) || stored.has(renditionPath(src, '16x9'))) continue
    if (!by.some((r) => r.field === 'image.src')) continue
    const row = await getStoredImage(db, src)
    if (row) images.push(...(await renditionsOf(src, row.bytes)))
  }

  const widths = new Map(images.filter((i) => i.sourcePath === null).map((i) => [i.path, i.width]))
  return {
    images,
    exists: (src) => builtHas(src) || sentPaths.has(src) || stored.has(src),
    width: (src) => widths.get(src) ?? stored.get(src)?.width,
  }
}
