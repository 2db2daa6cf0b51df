// Moves the clock of a Node process, and nothing else, so date-dependent behaviour can be tested on
// any date. Loaded with `node --import` (or NODE_OPTIONS=--import …), two ways:
// - CLOCK_OFFSET_MS: a fixed offset from the start, inherited by child processes. scripts/test.sh
//   runs the date-sensitive tests a year ahead this way (`next build`, `next start`, Playwright).
// - CLOCK_CONTROL_PORT: a tiny control server through which a test sets the process's "now"
//   (e2e/schedule.spec.ts: a scheduled article's time comes):
//     PUT http://127.0.0.1:$CLOCK_CONTROL_PORT/now  body: the instant, in ms since the epoch
//   Setting an instant rather than an offset keeps the test right when its own clock is shifted.
import { createServer } from 'node:http'

const port = Number(process.env.CLOCK_CONTROL_PORT)
// Children of the server must not try to open the same control port.
delete process.env.CLOCK_CONTROL_PORT
const startOffset = Number(process.env.CLOCK_OFFSET_MS ?? 0)

// Loaded twice (NODE_OPTIONS and --import), the module still runs once: the first Date is kept.
if ((port || startOffset) && !globalThis.__shiftedClock) {
  const RealDate = Date
  let offset = Number.isFinite(startOffset) ? startOffset : 0
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString()
    return args.length ? new RealDate(...args) : new RealDate(RealDate.now() + offset)
  }
  ShiftedDate.prototype = RealDate.prototype
  ShiftedDate.now = () => RealDate.now() + offset
  ShiftedDate.parse = RealDate.parse
  ShiftedDate.UTC = RealDate.UTC
  globalThis.Date = ShiftedDate
  globalThis.__shiftedClock = true

  if (port) {
    createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        if (req.method === 'PUT' && req.url === '/now' && body.trim() !== '' && Number.isFinite(Number(body))) {
          offset = Number(body) - RealDate.now()
          res.end(String(offset))
        } else {
          res.statusCode = 400
          res.end('PUT /now with an instant in milliseconds since the epoch')
        }
      })
    })
      .listen(port, '127.0.0.1')
      .unref()
  }
}
