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

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? 'unknown'
  const sent = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = sent ? `${Array.isArray(sent) ? sent.join(', ') : sent}, ${peer}` : peer
  handle(req, res)
})
// As `next start` does: idle connections of a proxy in front are kept longer than its own timeout.
server.keepAliveTimeout = 65_000
server.listen(port, hostname, () => console.log(`The News: http://${hostname}:${port} (${dir})`))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)))
