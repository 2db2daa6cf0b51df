// Load on the production server (`npm start`, scripts/start.mjs) as an operator would see it:
// 50 connections for `seconds` on the home page, an article, search and the feed, one after the
// other (errors, timeouts, non-2xx, p50/p99), then a burst of newsletter sign-ups while 50
// connections read articles (each sign-up's latency, how many got no answer in 20 s).
//
//   node bench/load.mjs [--seconds 60] [--dir .]     (after `npm run build`; run.mjs calls it too)
//
// The server gets a fresh embedded database and mail outbox in a temporary folder, and limits
// raised for the measurement (SEARCH_RATE_LIMIT, NEWSLETTER_RATE_LIMIT): one machine playing many
// readers would otherwise measure the limits, which e2e/resilience.spec.ts checks instead.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sleep, startSite, waitForServer } from './lib.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const autocannon = createRequire(join(here, 'package.json'))('autocannon')

const SEARCH_WORDS = ['water', 'mexico', 'metro', 'peso', 'rain', 'festival', 'liga', 'bank', 'school', 'solar']

function percentile(sorted, p) {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** One autocannon run; `paths` are taken in turn, one per request. */
function cannon(origin, paths, seconds, connections = 50) {
  let i = 0
  return new Promise((done, fail) => {
    autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        timeout: 20,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
      },
      (err, r) => {
        if (err) return fail(err)
        done({
          requests: r.requests.total,
          reqPerSec: Math.round(r.requests.average),
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          maxMs: r.latency.max,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
        })
      },
    )
  })
}

/** `count` sign-ups, `concurrency` at a time, each timed; an answer later than 20 s is a timeout. */
async function signUpBurst(origin, count, concurrency) {
  const latencies = []
  const statuses = {}
  let timeouts = 0
  let next = 0
  const run = Date.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next++
        const start = performance.now()
        try {
          const res = await fetch(`${origin}/api/newsletter`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: `load-${run}-${n}@example.com` }),
            signal: AbortSignal.timeout(20_000),
          })
          await res.arrayBuffer()
          statuses[res.status] = (statuses[res.status] ?? 0) + 1
          latencies.push(performance.now() - start)
        } catch {
          timeouts++
        }
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return {
    count,
    concurrency,
    statuses,
    timeouts,
    p50Ms: Math.round(percentile(latencies, 50) ?? 0),
    p99Ms: Math.round(percentile(latencies, 99) ?? 0),
    maxMs: Math.round(latencies.at(-1) ?? 0),
  }
}

function articlePaths(dir) {
  const root = join(dir, 'content/articles')
  return readdirSync(root)
    .flatMap((section) => readdirSync(join(root, section)).map((f) => `/${section}/${f.replace(/\.mdx$/, '')}`))
    .slice(0, 30)
}

/** The whole suite against the build in `dir`, on `port`. */
export async function loadSuite(dir, { port = 3290, seconds = 60, log = console.log } = {}) {
  const { server, data } = startSite(dir, {
    port,
    prefix: 'thenews-load-',
    env: { SEARCH_RATE_LIMIT: '1000000/60', NEWSLETTER_RATE_LIMIT: '1000000/600' },
  })
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitForServer(`${origin}/`)
    // Drafts and scheduled pieces answer 404: only what readers can open is loaded.
    const articles = []
    for (const p of articlePaths(dir)) if ((await fetch(origin + p)).status === 200) articles.push(p)
    const routes = {
      home: ['/'],
      article: articles,
      // Distinct queries in turn: the result cache holds each after its first request, which is
      // what a burst of readers searching the day's news looks like.
      search: SEARCH_WORDS.map((w) => `/search?q=${w}`),
      feed: ['/feed.xml'],
    }
    // Warm every path once, so the first requests do not measure on-demand rendering.
    for (const paths of Object.values(routes))
      for (const p of paths) await fetch(origin + p).then((r) => r.arrayBuffer())
    // And the sign-up route (its first request loads its code and prepares its queries).
    await signUpBurst(origin, 5, 1)
    const pages = {}
    for (const [name, paths] of Object.entries(routes)) {
      log(`load: ${name}, 50 connections, ${seconds} s`)
      pages[name] = await cannon(origin, paths, seconds)
      log(`load: ${name}`, JSON.stringify(pages[name]))
      await sleep(1000)
    }
    log(`load: 500 sign-ups (20 at a time) beside 50 connections reading articles`)
    const reading = cannon(origin, articles, Math.max(10, Math.round(seconds / 2)))
    await sleep(1000)
    const signups = await signUpBurst(origin, 500, 20)
    const readers = await reading
    log('load: sign-ups', JSON.stringify(signups))
    return { seconds, connections: 50, pages, signupsBesideReaders: { signups, readers } }
  } finally {
    server.kill('SIGTERM')
    await sleep(500)
    rmSync(data, { recursive: true, force: true })
  }
}

export function loadTable(load) {
  const rows = Object.entries(load.pages).map(
    ([name, r]) =>
      `| ${name} | ${r.reqPerSec} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors + r.timeouts + r.non2xx} (${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx) |`,
  )
  const { signups, readers } = load.signupsBesideReaders
  return [
    `Load on \`npm start\` (autocannon, ${load.connections} connections, ${load.seconds} s per route):`,
    '',
    '| Route | req/s | p50 ms | p99 ms | failures |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `Sign-up burst beside readers: ${signups.count} sign-ups, ${signups.concurrency} at a time, while 50 connections read articles ` +
      `(${readers.reqPerSec} req/s, p99 ${readers.p99Ms} ms): answers ${JSON.stringify(signups.statuses)}, ` +
      `p50 ${signups.p50Ms} ms, p99 ${signups.p99Ms} ms, max ${signups.maxMs} ms, no answer in 20 s: ${signups.timeouts}.`,
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2)
  const value = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback)
  const dir = resolve(value('dir', '.'))
  const seconds = Number(value('seconds', '60'))
  const load = await loadSuite(dir, { seconds })
  const date = new Date().toISOString().slice(0, 10)
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(join(here, 'results', `${date}-load.json`), JSON.stringify(load, null, 2) + '\n')
  writeFileSync(join(here, 'results', 'latest-load.md'), `# Load (${date})\n\n${loadTable(load)}\n`)
  console.log(loadTable(load))
}
