import { appSecret } from '../db/app-secret'
import type { Database } from '../db/types'
import { HttpError, readBodyText } from '../http/body'
import { clientAddress, keyedHash } from '../http/rate-limit'
import { jsonError } from '../http/responses'
import { pruneReaders, recordView } from './views'

/** Crawlers, link previews, monitors and headless browsers: their visits are not readers'. */
const BOT_UA =
  /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|pingdom|lighthouse|headless|curl|wget|python|httpclient|java\/|go-http|node-fetch|axios/i

export function isBot(userAgent: string | null): boolean {
  return !userAgent || BOT_UA.test(userAgent)
}

/** A prefetch or prerender asked for ahead of a click is not a view. */
export function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`
  return /prefetch|prerender|preview/i.test(purpose)
}

export type ViewsDeps = {
  db: () => Promise<Database>
  /** Whether a path is a public article now: nothing else is counted. */
  isArticle: (path: string) => boolean | Promise<boolean>
  secret?: string
  now?: () => number
}

const done = () => new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })

/**
 * POST /api/views with the article's path as a text body (navigator.sendBeacon). Answers 204 for
 * a counted or deliberately ignored view (bots, prefetches, repeats) — a beacon reads no answer —
 * and a 4xx with a message for a malformed one. No cookie is read or set.
 */
export function createViewsHandler(deps: ViewsDeps) {
  const now = deps.now ?? Date.now
  let lastPrune = 0
  return async function POST(request: Request): Promise<Response> {
    try {
      const path = (await readBodyText(request, 512)).trim()
      if (!/^\/[a-z0-9-]+\/[a-z0-9-]+$/.test(path)) {
        return jsonError(400, 'Send the path of an article as the body, like /mexico/some-article.')
      }
      if (!(await deps.isArticle(path))) return jsonError(404, `No published article at ${path}.`)
      const ua = request.headers.get('user-agent')
      if (isBot(ua) || isPrefetch(request.headers)) return done()
      const db = await deps.db()
      const secret = await appSecret(db, 'views', deps.secret)
      const t = now()
      const hour = Math.floor(t / 3600_000)
      const address = clientAddress(request)
      await recordView(
        db,
        path,
        keyedHash(secret, address, ua ?? '', path, String(hour)),
        t,
        `views:${keyedHash(secret, address, path)}`,
      )
      if (t - lastPrune > 600_000) {
        lastPrune = t
        await pruneReaders(db, t)
      }
      return done()
    } catch (e) {
      if (e instanceof HttpError) return e.toResponse()
      console.error('[views]', e)
      return jsonError(503, 'Page views are not being recorded right now.')
    }
  }
}
