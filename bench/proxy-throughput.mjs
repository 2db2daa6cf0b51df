// `npm start` throughput on one cached article with the build's Next proxy (proxy.ts, matcher
// narrowed to /search and the newsletter's link pages) against the same build with no proxy at
// all (docs/decisions/0019-publish-in-seconds.md; the bar: ≥ 0.9×). The no-proxy variant is a
// copy of `.next` whose functions-config manifest lists no `/_middleware`, beside links to the
// rest of the folder: the same compiled pages, only the proxy gone. The two run back to back,
// alternating, `rounds` times each (the machine may be shared), and the medians are compared.
//
//   node bench/proxy-throughput.mjs [--dir .] [--seconds 10] [--rounds 3] [--port 3290]
//                                   (after `npm run build`; `npm run bench -- --proxy-throughput`)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sleep, startSite, waitForServer } from './lib.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const autocannon = createRequire(join(here, 'package.json'))('autocannon')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The build in `dir` with its proxy removed, in a scratch folder (removed by the caller). */
function withoutProxy(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'thenews-no-proxy-'))
  for (const name of readdirSync(dir)) if (name !== '.next') symlinkSync(join(dir, name), join(copy, name))
  cpSync(join(dir, '.next'), join(copy, '.next'), { recursive: true, filter: (src) => !src.includes('/cache/') })
  const manifest = join(copy, '.next/server/functions-config-manifest.json')
  const config = JSON.parse(readFileSync(manifest, 'utf8'))
  if (!config.functions?.['/_middleware']) throw new Error(`${dir} was built without a proxy: nothing to compare`)
  delete config.functions['/_middleware']
  writeFileSync(manifest, JSON.stringify(config))
  return copy
}

/** One cached, prerendered article of the build. */
function cachedArticle(dir) {
  const { routes } = JSON.parse(readFileSync(join(dir, '.next/prerender-manifest.json'), 'utf8'))
  const url = Object.keys(routes).find((p) => routes[p].srcRoute === '/[section]/[slug]')
  if (!url) throw new Error('no prerendered article in the build')
  return url
}

async function measure(dir, path, { port, seconds }) {
  const { server, data } = startSite(dir, { port, prefix: 'thenews-proxy-bench-' })
  const url = `http://127.0.0.1:${port}${path}`
  try {
    await waitForServer(`http://127.0.0.1:${port}/`)
    const first = await fetch(url)
    if (first.status !== 200) throw new Error(`${path}: ${first.status}`)
    // Warm-up: the route's code loaded and the page in the cache.
    await new Promise((done) => autocannon({ url, connections: 10, duration: 2 }, done))
    const r = await new Promise((done, fail) =>
      autocannon({ url, connections: 50, duration: seconds, timeout: 20 }, (err, res) => (err ? fail(err) : done(res))),
    )
    // Timeouts on a loaded machine are reported, not fatal; a wrong answer is.
    if (r.non2xx) throw new Error(`${path}: ${r.non2xx} non-2xx answers`)
    if (r.errors) console.warn(`${path}: ${r.errors} errors (timeouts: ${r.timeouts})`)
    return Math.round(r.requests.average)
  } finally {
    server.kill('SIGTERM')
    await sleep(1000)
    rmSync(data, { recursive: true, force: true })
  }
}

export async function proxyThroughput(dir, { seconds = 10, rounds = 3, port = 3290, log = console.log } = {}) {
  const path = cachedArticle(dir)
  const bare = withoutProxy(dir)
  const runs = { proxy: [], noProxy: [] }
  try {
    for (let i = 0; i < rounds; i++) {
      runs.proxy.push(await measure(dir, path, { port, seconds }))
      log(`proxy-throughput: round ${i + 1}, with the proxy: ${runs.proxy.at(-1)} req/s`)
      runs.noProxy.push(await measure(bare, path, { port, seconds }))
      log(`proxy-throughput: round ${i + 1}, no proxy: ${runs.noProxy.at(-1)} req/s`)
    }
  } finally {
    rmSync(bare, { recursive: true, force: true })
  }
  const proxy = median(runs.proxy)
  const noProxy = median(runs.noProxy)
  return {
    path,
    seconds,
    connections: 50,
    rounds,
    runs,
    proxy,
    noProxy,
    ratio: Math.round((proxy / noProxy) * 100) / 100,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2)
  const value = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback)
  const result = await proxyThroughput(resolve(value('dir', '.')), {
    seconds: Number(value('seconds', 10)),
    rounds: Number(value('rounds', 3)),
    port: Number(value('port', 3290)),
  })
  console.log(JSON.stringify(result, null, 2))
}
