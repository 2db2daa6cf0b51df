#!/usr/bin/env node
// `npm start [folder]`: the production server, Next's request handler behind a plain Node HTTP
// server that does one thing first: it makes X-Forwarded-For end with the address of the peer that
// actually connected (the socket), as a proxy appends its own. The app then takes the client
// address TRUSTED_PROXY_HOPS entries from the end (lib/http/rate-limit.ts): 0 (the default) trusts
// no proxy, so whatever a client writes into the header cannot choose the address that rate
// limits and reader counts key on; behind one proxy that appends (a CDN, a load balancer), set 1.
// (`next start` leaves a client's X-Forwarded-For as it came and adds the socket only when none.)
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import next from 'next'

const dir = resolve(process.argv[2] ?? '.')
const port = Number(process.env.PORT || 3000)
// Not HOSTNAME: shells and containers often export it as the machine's name.
const hostname = process.env.LISTEN_HOST || '0.0.0.0'

const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

// A 404 is kept by caches for a minute at most. Next sends its prerendered 404 page (what every
// unknown URL is rewritten to, proxy.ts) with the year-long s-maxage of any static page, so a CDN
// would keep every random URL an attacker invents for a year, and a URL published a minute after
// someone asked for it early (a scheduled story) would stay missing. OpenNext does the same for
// Lambda (no-store on its /404).
const SHORT_404 = 'public, max-age=60, s-maxage=60'

/** @param {import('node:http').ServerResponse} res */
function shortCacheFor404(res) {
  const writeHead = res.writeHead
  /** @type {typeof res.writeHead} */
  const patched = function (status, ...rest) {
    if (status === 404) {
      const headers = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg))
      const key = headers && Object.keys(headers).find((k) => k.toLowerCase() === 'cache-control')
      const own = String((key ? headers[key] : res.getHeader('cache-control')) ?? '')
      // What a route chose as stricter (no-store, private) stands.
      if (!/no-store|private/.test(own)) {
        if (key) delete headers[key]
        res.setHeader('cache-control', SHORT_404)
      }
    }
    return writeHead.call(res, status, ...rest)
  }
  res.writeHead = patched
}

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? 'unknown'
  const sent = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = sent ? `${Array.isArray(sent) ? sent.join(', ') : sent}, ${peer}` : peer
  shortCacheFor404(res)
  handle(req, res)
})
// As `next start` does: idle connections of a proxy in front are kept longer than its own timeout.
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => console.log(`The News: http://${hostname}:${port} (${dir})`))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)))
