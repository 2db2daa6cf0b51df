import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { imagesReferenced } from '../content/image-refs'
import type { ContentProblem } from '../content/validate'
import type { LocalFile } from './local-check'
import { MAX_IMAGE_BYTES } from './images'

// What `npm run publish` sends besides the files: each image they reference (lead image, <Figure>)
// that the editor's checkout has under public/ and the site does not serve yet (asked with a
// HEAD). The server checks them again (lib/publish/images.ts: decoded, not judged by name).

export type ImageToSend = { path: string; data: string; sha256: string }

export async function imagesToSend(
  root: string,
  files: readonly LocalFile[],
  /** Whether the site answers this path (HEAD 2xx). */
  siteHas: (src: string) => Promise<boolean>,
): Promise<{ images: ImageToSend[]; problems: ContentProblem[] }> {
  const images: ImageToSend[] = []
  const problems: ContentProblem[] = []
  const seen = new Set<string>()
  for (const f of files) {
    if (!f.parsed) continue
    for (const { src, field } of imagesReferenced(f.parsed)) {
      if (seen.has(src)) continue
      seen.add(src)
      const local = join(root, 'public', decodeURI(src))
      const here = existsSync(local) && statSync(local).isFile()
      if (await siteHas(src)) continue
      if (!here) {
        // The lead image's own check has said so already; a <Figure> is checked only here.
        if (field === 'body')
          problems.push({
            file: f.path,
            field,
            message: `<Figure src="${src}">: not on the site, and not in public/ here to send with it`,
          })
        continue
      }
      const bytes = readFileSync(local)
      if (bytes.length > MAX_IMAGE_BYTES) {
        problems.push({
          file: f.path,
          field,
          message: `${src} is ${bytes.length} bytes; an image may have at most ${MAX_IMAGE_BYTES} (5 MiB): export it smaller`,
        })
        continue
      }
      images.push({
        path: src,
        data: bytes.toString('base64'),
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })
    }
  }
  return { images, problems }
}
