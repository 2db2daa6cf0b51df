import { createHash } from 'node:crypto'
import type { ImageRef } from '../content/image-refs'
import { RENDITIONS, renditionPath } from '../content/renditions-paths'
import type { ContentProblem } from '../content/validate'

// Images sent with a publish (docs/decisions/0019-publish-in-seconds.md, "Images"): each one named
// by a file of the same publish, within the size limit, and really a JPEG, PNG, WebP or AVIF —
// decided by decoding it with sharp, never by its name — with sane dimensions. A lead image also
// gets the crops the content step would write (lib/content/renditions.ts, the same pipeline), so
// the page, its share metadata and its JSON-LD link the same paths a build would.

/** Per image, as sent (before base64): a large news photo is 1–3 MiB. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
/** Images in one publish: a few photos per story, a few stories. */
export const MAX_IMAGES = 20
/** Longest side and pixel count: past these a photo is a mistake, and decoding it costs memory. */
export const MAX_IMAGE_SIDE = 10_000
export const MAX_IMAGE_PIXELS = 40_000_000

/** The decoded formats allowed, with the content type served and the file endings that fit. */
const FORMATS: Record<string, { type: string; endings: readonly string[] }> = {
  jpeg: { type: 'image/jpeg', endings: ['.jpg', '.jpeg'] },
  png: { type: 'image/png', endings: ['.png'] },
  webp: { type: 'image/webp', endings: ['.webp'] },
  avif: { type: 'image/avif', endings: ['.avif'] },
}

/** One image as the request carries it (lib/publish/request.ts). */
export type SentImage = { path: string; data: string; sha256: string; index: number }

/** A row of published_images to write (lib/publish/image-store.ts). */
export type ImageToStore = {
  path: string
  contentType: string
  bytes: Buffer
  sha256: string
  width: number
  height: number
  /** For a rendition: the image it was cropped from. */
  sourcePath: string | null
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

// sharp (a native module) is loaded by the first publish that carries an image: a publish of text
// alone never needs it, and the route still loads where sharp's binary does not (a serverless
// function packaged for another CPU, open-next.config.ts).
const loadSharp = async () => (await import('sharp')).default
const loadCrop = async () => (await import('../content/renditions')).crop

/** What sharp decodes, or why the bytes are not an image we take. */
async function decode(bytes: Buffer): Promise<{ format: string; width: number; height: number } | string> {
  const sharp = await loadSharp()
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata()
  } catch {
    return 'is not an image that can be read (send a JPEG, PNG, WebP or AVIF file)'
  }
  // AVIF is HEIF with the AV1 codec; HEIC (HEIF with HEVC) is not shown by most browsers.
  const format = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heic') : meta.format
  if (!FORMATS[format]) return `is ${format.toUpperCase()}; only JPEG, PNG, WebP and AVIF are published`
  const { width, height } = meta
  if (!width || !height) return 'has no width or height'
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS)
    return `is ${width}×${height} px; at most ${MAX_IMAGE_SIDE} px a side and ${MAX_IMAGE_PIXELS / 1e6} megapixels`
  try {
    // The header can be sound and the data broken: decode it all (small output, little memory).
    await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).resize(16, 16).toBuffer()
  } catch (e) {
    return `cannot be decoded: ${(e as Error).message.split('\n')[0]}`
  }
  return { format, width, height }
}

/**
 * The sent images checked and ready to store, their renditions included; or the problems, each
 * naming the image path and the request's field. `refs`: what the sent files reference, by path.
 */
export async function prepareImages(
  sent: readonly SentImage[],
  refs: ReadonlyMap<string, { file: string; field: ImageRef['field'] }[]>,
): Promise<{ images: ImageToStore[] } | { problems: ContentProblem[] }> {
  const problems: ContentProblem[] = []
  const images: ImageToStore[] = []
  const problem = (img: SentImage, field: string, message: string) =>
    problems.push({ file: img.path, field: `images[${img.index}].${field}`, message })
  for (const img of sent) {
    const by = refs.get(img.path)
    if (!by) {
      problem(
        img,
        'path',
        'no file of this publish references this image; send images with the article that shows them',
      )
      continue
    }
    const bytes = Buffer.from(img.data, 'base64')
    if (bytes.length > MAX_IMAGE_BYTES) {
      problem(
        img,
        'data',
        `${bytes.length} bytes; an image may have at most ${MAX_IMAGE_BYTES} (5 MiB): export it smaller`,
      )
      continue
    }
    if (sha256(bytes) !== img.sha256) {
      problem(img, 'sha256', 'does not match the bytes received (the data is damaged or not base64): send it again')
      continue
    }
    const decoded = await decode(bytes)
    if (typeof decoded === 'string') {
      problem(img, 'data', `${decoded} (named by ${by[0]!.file}, ${by[0]!.field})`)
      continue
    }
    const { type, endings } = FORMATS[decoded.format]!
    if (!endings.some((e) => img.path.toLowerCase().endsWith(e))) {
      problem(
        img,
        'path',
        `the file is ${decoded.format.toUpperCase()}, so its name must end in ${endings.join(' or ')}`,
      )
      continue
    }
    images.push({ ...decoded, path: img.path, contentType: type, bytes, sha256: img.sha256, sourcePath: null })
    if (by.some((r) => r.field === 'image.src')) images.push(...(await renditionsOf(img.path, bytes)))
  }
  return problems.length > 0 ? { problems } : { images }
}

/** The crops of a lead image, at the paths and sizes the content step writes them. */
export async function renditionsOf(path: string, bytes: Buffer): Promise<ImageToStore[]> {
  const out: ImageToStore[] = []
  const crop = await loadCrop()
  for (const r of RENDITIONS) {
    const cropped = await crop(bytes, r).toBuffer()
    out.push({
      path: renditionPath(path, r.id),
      contentType: 'image/jpeg',
      bytes: cropped,
      sha256: sha256(cropped),
      width: r.width,
      height: r.height,
      sourcePath: path,
    })
  }
  return out
}
