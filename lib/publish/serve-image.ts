import { t } from '../../config/site'
import type { Database } from '../db/types'
import { getStoredImage } from './image-store'

// Images published with articles (lib/publish/image-store.ts), answered at the URLs the build
// would give them: app/images/[...path] and app/renditions/[...path] run only for paths the
// static public/ folder lacks (Next serves public/ files before any route). The caching is what
// public/ files get from `next start` (revalidate every time), with an ETag so the revalidation
// is a 304: the URL is not content-hashed, so no long max-age. /_next/image fetches these through
// the same router, so the optimizer finds published images too.

const headers = (extra: Record<string, string>) => ({ 'cache-control': 'public, max-age=0', ...extra })

/** `prefix` and the route's `[...path]` segments: the image at that site path, or a 404. */
export async function serveStoredImage(
  request: Request,
  prefix: '/images' | '/renditions',
  segments: readonly string[],
  db: () => Promise<Database>,
): Promise<Response> {
  // Segments come decoded; none may climb or be empty. No control character either: no image is
  // named with one, and a NUL made the database refuse the query (a 503 "not reachable").
  if (
    segments.length === 0 ||
    segments.some((s) => s === '' || s === '.' || s === '..' || /[\\/\u0000-\u001f\u007f]/.test(s))
  )
    return notFound()
  const path = `${prefix}/${segments.join('/')}`
  let image
  try {
    image = await getStoredImage(await db(), path)
  } catch {
    return new Response(`${t.errors.imageStoreDown}\n`, {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '60' },
    })
  }
  if (!image) return notFound()
  const etag = `"${image.sha256}"`
  if (
    request.headers
      .get('if-none-match')
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers: headers({ etag }) })
  return new Response(new Uint8Array(image.bytes), {
    headers: headers({ 'content-type': image.contentType, 'content-length': String(image.bytes.length), etag }),
  })
}

// A path no build file and no publish has. Not cached: the image may be published a moment later.
const notFound = () =>
  new Response(`${t.errors.noImage}\n`, {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
