#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --sizes 200,2000] [-- --no-lighthouse] [-- --peers] [-- --tag NAME] [-- --proxy-throughput] [-- --brands] [-- --port N]`
// --tag writes results/<date>-NAME.json and latest-NAME.md instead of the main results.
// Builds the site from synthetic corpora in scratch copies (never touching content/), measures
// build cost, page weight, search latency, serving and Lighthouse, checks bench/budgets.json and
// writes bench/results/{date}.json and bench/results/latest.md. See bench/README.md.
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  dirSize,
  largestFiles,
  pageTransfer,
  pageWeight,
  readJson,
  routeFunctionMiB,
  sleep,
  timedRun,
  waitForServer,
} from './lib.mjs'
import { loadSuite } from './load.mjs'
import { lighthouseRuns, onDemandChecks, serving } from './measure.mjs'
import { BASELINE_PATH, checkBudgets, renderMarkdown } from './report.mjs'
import { countHtml, newestArticleUrl, oldestArticleUrl, prepare } from './scratch.mjs'
import { measureServerless } from './serverless.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const argv = process.argv.slice(2)
const flag = (name) => argv.includes(`--${name}`)
const value = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback)
const quick = flag('quick')
const sizes = value('sizes', quick ? '200' : '200,2000,10000')
  .split(',')
  .map(Number)
const withLighthouse = !flag('no-lighthouse')
const tag = value('tag', quick ? 'quick' : '')
// --prebuild N: also build with PREBUILD_ARTICLES=N (newest N articles prerendered, older ones on
// first request) and measure that mode, for sizes above N; --no-warm skips the warm rebuild, which
// is skipped anyway above WARM_MAX articles (it prerenders every page again: as long as cold).
const prebuild = value('prebuild', '')
const withWarm = !quick && !flag('no-warm')
const WARM_MAX = 5000
const PORT = Number(value('port', 3400))
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
const chromePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a)

if (!existsSync(join(here, 'node_modules'))) {
  log('installing bench tools (bench/package-lock.json)…')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' })
}

// --proxy-throughput: only the comparison of the build in this folder with and without its Next
// proxy (bench/proxy-throughput.mjs; run `npm run build` first), into results/latest-proxy.md.
if (flag('proxy-throughput')) {
  const { proxyThroughput } = await import('./proxy-throughput.mjs')
  const r = await proxyThroughput(root, {
    seconds: Number(value('seconds', 10)),
    rounds: Number(value('rounds', 3)),
    log,
  })
  writeFileSync(
    join(here, 'results/latest-proxy.md'),
    `# \`npm start\` throughput with and without the Next proxy (${new Date().toISOString().slice(0, 10)})\n\n` +
      `\`npm run bench -- --proxy-throughput\` (bench/proxy-throughput.mjs): autocannon, ${r.connections} connections, ` +
      `${r.seconds} s, on the cached article \`${r.path}\`; the two variants alternating, ${r.rounds} runs each.\n\n` +
      `| variant | runs (req/s) | median |\n| --- | --- | --- |\n` +
      `| with proxy.ts (matcher: /search, /newsletter/confirm, /newsletter/unsubscribe) | ${r.runs.proxy.join(', ')} | ${r.proxy} |\n` +
      `| no proxy at all | ${r.runs.noProxy.join(', ')} | ${r.noProxy} |\n\n` +
      `Ratio of the medians: **${r.ratio}×** (bar: ≥ 0.9×).\n`,
  )
  log(JSON.stringify(r))
  process.exit(0)
}

// `npm start`'s server (scripts/start.mjs: Next's handler behind a plain Node server), as shipped.
function startServer(dir) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: dir,
    env: { ...env, PORT: String(PORT), LISTEN_HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  })
  return { child, stop: () => process.kill(-child.pid, 'SIGTERM') }
}

// Every size is built from this commit (bench/scratch.mjs), whatever happens to the working tree.
const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
  cwd: root,
  encoding: 'utf8',
}).trim()
if (dirty) log(`note: uncommitted changes are not measured; building ${rev.slice(0, 12)}`)

// --brands: every brand this code builds from its own sample content, and the multi-tenant
// estimate (bench/brands.mjs), into results/<date>-brands.json and latest-brands.md.
if (flag('brands')) {
  const { benchBrands } = await import('./brands.mjs')
  const { renderBrandsMarkdown } = await import('./brands-report.mjs')
  const started = new Date().toISOString()
  const r = await benchBrands({
    root,
    rev,
    env,
    port: PORT,
    keep: flag('keep'),
    rounds: Number(value('rounds', 3)),
    log,
  })
  const out = {
    date: started,
    commit: rev,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    seconds: Math.round((Date.now() - Date.parse(started)) / 1000),
    ...r,
  }
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(join(here, 'results', `${started.slice(0, 10)}-brands.json`), `${JSON.stringify(out, null, 2)}\n`)
  writeFileSync(join(here, 'results/latest-brands.md'), renderBrandsMarkdown(out))
  process.exit(0)
}

const results = {
  date: new Date().toISOString(),
  commit: rev,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  versions: Object.fromEntries(
    ['next', 'react', 'contentlayer2', 'typescript'].map((p) => [
      p,
      readJson(join(root, 'node_modules', p, 'package.json')).version,
    ]),
  ),
  quick,
  sizes: {},
}

function writeResults() {
  results.budgets = checkBudgets(readJson(join(here, 'budgets.json')), results)
  results.seconds = Math.round((Date.now() - Date.parse(results.date)) / 1000)
  mkdirSync(join(here, 'results'), { recursive: true })
  const stamp = results.date.slice(0, 10)
  writeFileSync(join(here, 'results', `${stamp}${tag ? `-${tag}` : ''}.json`), `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(join(here, 'results', tag ? `latest-${tag}.md` : 'latest.md'), renderMarkdown(results))
}

for (const [i, n] of sizes.entries()) {
  log(`N=${n}: preparing scratch copy and corpus`)
  const dir = prepare(n, rev)
  const r = {}
  log(`N=${n}: content step (cold)`)
  r.contentCold = await timedRun('npm', ['run', '--silent', 'content'], { cwd: dir, env })
  log(`N=${n}: next build (cold)`, r.contentCold.seconds, 's content')
  r.nextCold = await timedRun('npx', ['next', 'build'], { cwd: dir, env })
  const pages = countHtml(join(dir, '.next/server/app'))
  if (withWarm && n <= WARM_MAX) {
    log(`N=${n}: next build (warm)`)
    r.nextWarm = await timedRun('npx', ['next', 'build'], { cwd: dir, env })
  }
  for (const k of ['contentCold', 'nextCold', 'nextWarm']) if (r[k]) delete r[k].output
  r.build = {
    pages,
    coldSeconds: Math.round((r.contentCold.seconds + r.nextCold.seconds) * 10) / 10,
    coldPeakRssMiB: Math.max(r.contentCold.peakRssMiB, r.nextCold.peakRssMiB),
    coldTreePeakRssMiB: Math.max(r.contentCold.treePeakRssMiB, r.nextCold.treePeakRssMiB),
    msPerPage: Math.round(((r.contentCold.seconds + r.nextCold.seconds) * 1000) / pages),
    msPerArticle: Math.round(((r.contentCold.seconds + r.nextCold.seconds) * 1000) / n),
    nextDirMiB: Math.round(dirSize(join(dir, '.next')) / 2 ** 20),
    serverDirMiB: Math.round(dirSize(join(dir, '.next/server')) / 2 ** 20),
    articleFunctionMiB: routeFunctionMiB(dir, '[section]/[slug]'),
    searchFunctionMiB: routeFunctionMiB(dir, 'search'),
    largestServerFiles: largestFiles(join(dir, '.next/server')).map((f) => ({
      file: f.path.slice(dir.length + 1),
      MiB: Math.round((f.bytes / 2 ** 20) * 10) / 10,
    })),
  }
  log(`N=${n}: serving and measuring`)
  const server = startServer(dir)
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`)
    const article = newestArticleUrl(dir)
    const origin = `http://127.0.0.1:${PORT}`
    const weights = {}
    for (const [name, path] of Object.entries({
      home: '/',
      section: '/mexico',
      article,
      author: '/authors/ana-lucia-ortega',
      search: '/search?q=water',
      baseline: '/bench-baseline',
    }))
      weights[name] = await pageWeight(origin, path)
    const baselineUrls = new Set(weights.baseline.scripts.map((s) => s.url))
    const ours = weights.article.scripts.filter((s) => !baselineUrls.has(s.url))
    r.articleClientJs = {
      frameworkBaselineGzBytes: weights.baseline.js.gzBytes,
      oursGzBytes: ours.reduce((s, x) => s + x.gzBytes, 0),
      oursFiles: ours.map((s) => s.url),
    }
    for (const w of Object.values(weights)) delete w.scripts
    r.pageWeight = weights
    // The lite article beside the full one: everything a phone fetches with JavaScript off.
    r.lite = { lite: await pageTransfer(origin, `/lite${article}`), full: await pageTransfer(origin, article) }
    r.onDemand = await onDemandChecks(dir, origin)
    r.search = JSON.parse(
      execFileSync('npx', ['tsx', 'bench/search-latency.ts', '300'], { cwd: dir, encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop(),
    )
    if (i === 0) {
      log(`N=${n}: autocannon, next start vs static server`)
      r.serving = await serving(dir, origin, article, quick ? 5 : 20, PORT + 1)

      if (withLighthouse && chromePath) {
        log(`N=${n}: Lighthouse (mobile)`)
        // The bare page shows the framework's own floor on the same machine in the same run.
        r.lighthouse = await lighthouseRuns(
          origin,
          ['/', article, `/lite${article}`, BASELINE_PATH],
          quick ? 1 : 3,
          chromePath,
        )
      }
    }
  } finally {
    server.stop()
    await sleep(500)
  }
  if (i === 0 && !flag('no-load')) {
    // The operator's load (bench/load.mjs): its own server, a fresh database, limits raised.
    log(`N=${n}: load, 50 connections on home, article, search, feed; sign-ups beside readers`)
    r.load = await loadSuite(dir, { port: PORT + 2, seconds: quick ? 10 : 60, log })
  }
  if (i === 0 && !flag('no-serverless')) {
    log(`N=${n}: serverless build (OpenNext for AWS Lambda): function sizes and cold start`)
    r.serverless = await measureServerless(dir, env, newestArticleUrl(dir), quick ? 3 : 5)
    log(`N=${n}: serverless`, JSON.stringify(r.serverless))
  }
  if (prebuild && n > Number(prebuild)) {
    log(`N=${n}: next build (cold) with PREBUILD_ARTICLES=${prebuild}`)
    rmSync(join(dir, '.next'), { recursive: true, force: true })
    const built = await timedRun('npx', ['next', 'build'], { cwd: dir, env: { ...env, PREBUILD_ARTICLES: prebuild } })
    const prebuiltPages = countHtml(join(dir, '.next/server/app'))
    const check = startServer(dir)
    try {
      await waitForServer(`http://127.0.0.1:${PORT}/`)
      const oldest = oldestArticleUrl(dir)
      const first = await fetch(`http://127.0.0.1:${PORT}${oldest}`)
      const second = await fetch(`http://127.0.0.1:${PORT}${oldest}`)
      const unknown = await fetch(`http://127.0.0.1:${PORT}/mexico/no-such-article-anywhere`)
      r.prebuilt = {
        limit: Number(prebuild),
        nextColdSeconds: built.seconds,
        peakRssMiB: built.peakRssMiB,
        treePeakRssMiB: built.treePeakRssMiB,
        pages: prebuiltPages,
        serverDirMiB: Math.round(dirSize(join(dir, '.next/server')) / 2 ** 20),
        oldestArticle: {
          url: oldest,
          first: `${first.status} ${first.headers.get('x-nextjs-cache')}`,
          second: `${second.status} ${second.headers.get('x-nextjs-cache')}`,
        },
        unknownSlugStatus: unknown.status,
      }
    } finally {
      check.stop()
      await sleep(500)
    }
    log(`N=${n}: prebuild mode`, JSON.stringify(r.prebuilt))
  }
  results.sizes[n] = r
  log(`N=${n}: done`, JSON.stringify(r.build))
  // Written after every size, so a later failure loses only what it was measuring.
  writeResults()
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true })
}

// The peers harness sits beside the project in this workplace; BENCH_PEERS_DIR points elsewhere.
const peersHarness = process.env.BENCH_PEERS_DIR || join(root, '../shared/bench-peers')
if (flag('peers') && !existsSync(join(peersHarness, 'run.sh')))
  log(`peers: no harness at ${peersHarness} (set BENCH_PEERS_DIR); the Astro comparison is skipped`)
if (flag('peers') && existsSync(join(peersHarness, 'run.sh'))) {
  const n = sizes.includes(2000) ? 2000 : sizes[0]
  log(`peers: Astro with MDX on the same corpus size (${n})`)
  const peers = '/tmp/thenews-bench-peers'
  rmSync(peers, { recursive: true, force: true })
  cpSync(peersHarness, peers, { recursive: true })
  execFileSync('chmod', ['-R', 'u+w', peers])
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(peers, 'astro'), stdio: 'ignore' })
  execFileSync('bash', ['run.sh', String(n), '--peers', 'astro-mdx'], {
    cwd: peers,
    stdio: 'ignore',
    env: { ...process.env, QUIET_WAIT: '60' },
  })
  const rows = execFileSync('cat', [join(peers, 'results/results.tsv')], { encoding: 'utf8' })
    .trim()
    .split('\n')
  const head = rows[0].split('\t')
  const last = Object.fromEntries(
    rows
      .at(-1)
      .split('\t')
      .map((v, i) => [head[i], v]),
  )
  results.peers = {
    astroMdx: {
      n: Number(last.N),
      msPerPage: Number(last.ms_per_page),
      wallSeconds: Number(last.wall_s),
      maxRssMiB: Number(last.maxrss_mib),
      pages: Number(last.output_pages),
      msPerArticle: Math.round((Number(last.wall_s) * 1000) / Number(last.N)),
    },
  }
}

writeResults()
for (const b of results.budgets) console.log(`${b.status.padEnd(4)} ${b.name}: ${b.detail}`)
