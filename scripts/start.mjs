#!/usr/bin/env node
// `npm start [folder]`: the production server, Next's request handler behind a plain Node HTTP
// server that does three things around it:
// - it makes X-Forwarded-For end with the address of the peer that actually connected (the
//   socket), as a proxy appends its own. The app then takes the client address TRUSTED_PROXY_HOPS
//   entries from the end (lib/http/rate-limit.ts): 0 (the default) trusts no proxy, so whatever a
//   client writes into the header cannot choose the address that rate limits and reader counts key
//   on; behind one proxy that appends (a CDN, a load balancer), set 1. (`next start` leaves a
//   client's X-Forwarded-For as it came and adds the socket only when none.)
// - other methods than GET and HEAD get a 405 outside /api/;
// - a 404 of a page is answered by the app's 404 filter (410, 308 or the real 404 page).
// The last two replace a Next proxy in front of every page, which halved `next start`'s throughput
// (docs/decisions/0019-publish-in-seconds.md, "No proxy on the reader's path").
// It serves the brand the build was made for (BRAND at `npm run build`): with BRAND set to another,
// it refuses to start rather than serve one brand where another was asked for.
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import next from 'next'

const dir = resolve(process.argv[2] ?? '.')

/**
 * The built brand, `{ id, name }`, written by the content step (scripts/select-brand.mjs,
 * scripts/build-content.ts) in the build's folder, or in the working folder the app reads its
 * content from at run time (.contentlayer/, from process.cwd()) when the build's folder is a copy
 * of .next alone.
 * @returns {{ id: string; name?: string } | undefined}
 */
function builtBrand() {
  for (const folder of [dir, process.cwd()]) {
    const file = join(folder, '.contentlayer/slim/brand.json')
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'))
  }
  return undefined
}

const built = builtBrand()
const wanted = process.env.BRAND?.trim()
if (!built) {
  console.error(
    `No build's brand in ${dir} (.contentlayer/slim/brand.json): build first with \`npm run build\` ` +
      '(BRAND=<id> npm run build for a sister brand).',
  )
  process.exit(1)
}
if (wanted && wanted !== built.id) {
  console.error(
    `BRAND=${wanted}, but this build is ${built.name ?? built.id} (BRAND=${built.id}): not starting. ` +
      `Build that brand first (BRAND=${wanted} npm run build), or start without BRAND to serve ${built.id}.`,
  )
  process.exit(1)
}
const port = Number(process.env.PORT || 3000)
// Not HOSTNAME: shells and containers often export it as the machine's name.
const hostname = process.env.LISTEN_HOST || '0.0.0.0'

const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

// A 404 is kept by caches for a minute at most. Next sends its prerendered 404 page with the
// year-long s-maxage of any static page, so a CDN would keep every random URL an attacker invents
// for a year, and a URL published a minute after someone asked for it early (a scheduled story)
// would stay missing. OpenNext does the same for Lambda (no-store on its /404).
const SHORT_404 = 'public, max-age=60, s-maxage=60'
// Next's headers that describe the body or the cache entry it discarded.
const BODY_HEADERS = ['content-length', 'content-encoding', 'content-type', 'etag', 'cache-control']
const NEXT_CACHE_HEADERS = ['x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'x-next-cache-tags']

/** @typedef {{ status: number; headers: Record<string, string>; body: string }} FilterAnswer */

/**
 * The 404 filter (lib/http/not-found-filter.ts; docs/decisions/0019-publish-in-seconds.md): nothing
 * runs before a page; a 404 to a GET or HEAD of an HTML page is held back, and the function the app
 * registered at start answers instead (410 for a withdrawn article, 308 for an alias, else the
 * prerendered 404 page). Every other response passes through untouched: a cached 200 pays a
 * status compare. Any other 404 gets the short cache-control.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function filter404s(req, res) {
  const { writeHead, write, end } = res
  const url = req.url ?? '/'
  const path = url.split('?')[0] ?? '/'
  /** @type {import('node:http').OutgoingHttpHeader[] | Buffer[]} */
  const held = []
  let holding = false

  /** @param {number} status */
  const startHolding = (status) => {
    if (holding || res.headersSent || status !== 404) return holding
    const filter = /** @type {((url: string) => Promise<FilterAnswer | null>) | undefined} */ (
      /** @type {any} */ (globalThis).__thenewsNotFoundFilter
    )
    const type = String(res.getHeader('content-type') ?? '')
    const html = type === '' || type.startsWith('text/html')
    const method = req.method ?? 'GET'
    if (!filter || !html || (method !== 'GET' && method !== 'HEAD') || /^\/(api|_next)\//.test(path)) return false
    holding = true
    return true
  }

  const shortCache = () => {
    // What a route chose as stricter (no-store, private) stands.
    if (!/no-store|private/.test(String(res.getHeader('cache-control') ?? '')))
      res.setHeader('cache-control', SHORT_404)
  }

  const answer = async () => {
    const own = String(res.getHeader('cache-control') ?? '')
    /** @type {FilterAnswer | null} */
    let found = null
    try {
      found = await /** @type {any} */ (globalThis).__thenewsNotFoundFilter(url)
    } catch (e) {
      console.error(`[404] the filter failed, Next's 404 stands: ${String(e)}`)
    }
    if (!found) {
      // Next's own answer, as it was.
      shortCache()
      writeHead.call(res, 404)
      for (const chunk of held) write.call(res, chunk)
      end.call(res)
      return
    }
    for (const name of [...BODY_HEADERS, ...NEXT_CACHE_HEADERS]) res.removeHeader(name)
    for (const [name, value] of Object.entries(found.headers)) res.setHeader(name, value)
    if (/no-store|private/.test(own)) res.setHeader('cache-control', own)
    res.setHeader('content-length', Buffer.byteLength(found.body))
    res.statusCode = found.status
    writeHead.call(res, found.status)
    end.call(res, found.body)
  }

  /** @type {any} */
  const r = res
  r.writeHead = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
    if (status === 404 && !holding) {
      // Headers handed to writeHead join the rest, so the check and the answer see them.
      const headers = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg))
      if (headers)
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
      rest = rest.filter((arg) => arg !== headers)
      if (!startHolding(404)) shortCache()
    }
    if (holding) return res
    return writeHead.call(res, status, ...rest)
  }
  r.write = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    if (!holding) startHolding(res.statusCode)
    if (!holding) return write.call(res, chunk, ...rest)
    if (chunk != null) held.push(Buffer.from(chunk, typeof rest[0] === 'string' ? rest[0] : undefined))
    const done = rest.find((arg) => typeof arg === 'function')
    if (done) process.nextTick(done)
    return true
  }
  r.end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    if (!holding) startHolding(res.statusCode)
    if (!holding) return end.call(res, chunk, ...rest)
    if (chunk != null && typeof chunk !== 'function')
      held.push(Buffer.from(chunk, typeof rest[0] === 'string' ? rest[0] : undefined))
    void answer()
    return res
  }
}

/**
 * The path as Next routes it: dot segments resolved, `%2e%2e` and backslashes included (WHATWG URL rules,
 * as Next's own parsing). Compared raw, `POST /api/../mexico/some-story` passed as the API's and
 * Next rendered the page. The base is prefixed so that `//host/…` stays a path, not an authority.
 * @param {string} url
 */
function routedPath(url) {
  try {
    return new URL(`http://localhost${url.startsWith('/') ? '' : '/'}${url}`).pathname
  } catch {
    return url.split('?')[0] ?? '/'
  }
}

// Pages and files answer GET and HEAD only: anything else is a 405 before a byte of its body is
// read or a page rendered (Next would render the page for a POST). The API answers for itself.
// The same compare as lib/http/not-found-filter.ts's methodRefusal (the Lambda's).
/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function refuseMethod(req, res) {
  const method = req.method ?? 'GET'
  if (method === 'GET' || method === 'HEAD' || routedPath(req.url ?? '/').startsWith('/api/')) return false
  res.writeHead(405, {
    allow: 'GET, HEAD',
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    // Its body is not read: the connection goes with it.
    connection: 'close',
  })
  res.end(`${method} is not allowed here: this address answers GET and HEAD.\n`)
  return true
}

/** Percent-encoding that decodes to nothing (Next answers it with a 500) names no page here. */
function malformed(/** @type {string} */ url) {
  try {
    decodeURIComponent(url.split('?')[0] ?? '')
    return false
  } catch {
    return true
  }
}

const server = createServer((req, res) => {
  if (refuseMethod(req, res)) return
  if (malformed(req.url ?? '/')) {
    // Answered as any unknown page: the 404 filter's 404 page.
    filter404s(req, res)
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end()
    return
  }
  const peer = req.socket.remoteAddress ?? 'unknown'
  const sent = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = sent ? `${Array.isArray(sent) ? sent.join(', ') : sent}, ${peer}` : peer
  filter404s(req, res)
  handle(req, res)
})
// As `next start` does: idle connections of a proxy in front are kept longer than its own timeout.
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => console.log(`${built.name ?? built.id}: http://${hostname}:${port} (${dir})`))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)))
