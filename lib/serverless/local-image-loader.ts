import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import type { ImageLoader } from '@opennextjs/aws/types/overrides'
import { ImageNotFound, withPublishedImages } from './published-image-loader'

// The serverless test's stand-in for the S3 image loader: reads a source image from the `assets`
// folder that OpenNext builds beside the functions (what is uploaded to the assets bucket). Only
// files inside that folder; anything else is "not found". (OpenNext's `fs-dev` loader fails on
// this Next version and guesses every non-PNG to be a JPEG.) Then, as in production
// (s3-image-loader.ts), the images published since, from DATABASE_URL (published-image-loader.ts).

// The image function's folder sits beside the assets folder in OpenNext's output.
const assets = join(process.cwd(), '../assets')
const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
}

const assetsLoader: ImageLoader = {
  name: 'thenews-assets',
  async load(url) {
    const pathname = decodeURIComponent(new URL(url, 'http://local').pathname)
    const file = normalize(join(assets, pathname))
    const contentType = TYPES[extname(file).toLowerCase()]
    if (!file.startsWith(assets + '/') || !contentType) throw new ImageNotFound(pathname)
    const isFile = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    )
    if (!isFile) throw new ImageNotFound(pathname)
    return { body: createReadStream(file), contentType, cacheControl: 'public, max-age=31536000, immutable' }
  },
}

export default withPublishedImages(assetsLoader)
