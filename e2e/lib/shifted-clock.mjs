// Loaded into a `next start` process by e2e/schedule.spec.ts (NODE_OPTIONS=--import …) to move
// that server's clock, and nothing else, forward: "mock the clock" for scheduled publishing.
// The test sets the offset through a tiny control server on CLOCK_CONTROL_PORT:
//   PUT http://127.0.0.1:$CLOCK_CONTROL_PORT/offset  body: milliseconds to add to the real time
import { createServer } from 'node:http'

const port = Number(process.env.CLOCK_CONTROL_PORT)
// Children of the server must not try to open the same control port.
delete process.env.CLOCK_CONTROL_PORT

if (port) {
  const RealDate = Date
  let offset = 0
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString()
    return args.length ? new RealDate(...args) : new RealDate(RealDate.now() + offset)
  }
  ShiftedDate.prototype = RealDate.prototype
  ShiftedDate.now = () => RealDate.now() + offset
  ShiftedDate.parse = RealDate.parse
  ShiftedDate.UTC = RealDate.UTC
  globalThis.Date = ShiftedDate

  createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      if (req.method === 'PUT' && req.url === '/offset' && Number.isFinite(Number(body))) {
        offset = Number(body)
        res.end(String(offset))
      } else {
        res.statusCode = 400
        res.end('PUT /offset with a number of milliseconds')
      }
    })
  })
    .listen(port, '127.0.0.1')
    .unref()
}
