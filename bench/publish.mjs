// Publish latency: how long after an editor publishes a story readers see it.
//
//   node bench/publish.mjs [--sizes 2000,10000] [--tag NAME] [--rebuild]
//
// Per size, in a scratch copy of this commit with the generated corpus (bench/scratch.mjs), a cold
// `npm run build` (the production defaults: PREBUILD_ARTICLES 1,000), then:
// - the publish run (issue 20, bench/publish-command.mjs): `npm start`, and from the start of
//   `npm run publish -- FILE` the seconds until the new story's page, its section front, the home
//   page, /feed.xml, the sitemap and /search?q=<a word of its headline> show it; the same for an
//   edit of an existing story's headline; the server's peak RSS throughout;
// - with --rebuild, the old path as well (issue 12, the "before"): one new article added and
//   another's headline edited; every content file given a new modification time and
//   `.contentlayer/` removed, as a fresh checkout has them, `.next/cache/` kept; `npm run build`
//   again, then `npm start`, polled until the new article answers 200 and the edited headline is
//   on its page. Without --rebuild the report quotes the last committed measurement of that path.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readJson, sleep, timedRun } from './lib.mjs'
import { publishCommandRun } from './publish-command.mjs'
import { prepare } from './scratch.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const argv = process.argv.slice(2)
const value = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback)
const sizes = value('sizes', '2000').split(',').map(Number)
const tag = value('tag', 'publish-run')
const rebuild = argv.includes('--rebuild')
const PORT = Number(value('port', '3495'))
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a)

function touchAll(dir) {
  const now = new Date()
  for (const entry of readdirSync(dir, { recursive: true })) utimesSync(join(dir, String(entry)), now, now)
}

async function waitUntil(check, timeoutMs) {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (await check().catch(() => false)) return true
    await sleep(250)
  }
  return false
}

/** The old path on a built copy: a rebuild from a fresh checkout, then `npm start`. */
async function rebuildRun(dir, n) {
  // The editor's commit: a new story and an edited headline.
  const sectionDir = join(dir, 'content/articles/mexico')
  const edited = readdirSync(sectionDir).sort()[0]
  const editedFile = join(sectionDir, edited)
  const headline = 'Edited headline for the publish benchmark'
  writeFileSync(editedFile, readFileSync(editedFile, 'utf8').replace(/^title: .*$/m, `title: ${headline}`))
  const stamp = new Date(Date.now() - 60_000).toISOString().slice(0, 16)
  writeFileSync(
    join(sectionDir, 'publish-benchmark-new-story.mdx'),
    `---\ntitle: A new story published by the benchmark\nsummary: One new article added to a built archive.\ndate: ${stamp}:00Z\nsection: mexico\n---\n\nThe first paragraph of a story that did not exist at the last build.\n`,
  )
  // A fresh checkout: every file new to the file system, no generated content; .next/cache kept.
  touchAll(join(dir, 'content'))
  rmSync(join(dir, '.contentlayer'), { recursive: true, force: true })

  log(`N=${n}: publish (npm run build with the caches kept, then npm start)`)
  const started = Date.now()
  const content = await timedRun('npm', ['run', 'content'], { cwd: dir, env })
  const next = await timedRun('npx', ['next', 'build'], { cwd: dir, env })
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: dir,
    env: { ...env, PORT: String(PORT), LISTEN_HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  })
  const origin = `http://127.0.0.1:${PORT}`
  try {
    const newOk = await waitUntil(
      async () => (await fetch(`${origin}/mexico/publish-benchmark-new-story`)).status === 200,
      120_000,
    )
    const editOk = await waitUntil(
      async () => (await (await fetch(`${origin}/mexico/${edited.replace(/\.mdx$/, '')}`)).text()).includes(headline),
      120_000,
    )
    const total = (Date.now() - started) / 1000
    const compiled = /contentlayer: (\d+) of (\d+) articles to compile/.exec(content.output)
    return {
      seconds: Math.round(total * 10) / 10,
      contentSeconds: content.seconds,
      nextBuildSeconds: next.seconds,
      articlesCompiled: compiled ? `${compiled[1]} of ${compiled[2]}` : 'unknown',
      newArticle200: newOk,
      editShown: editOk,
      peakRssMiB: Math.max(content.peakRssMiB, next.peakRssMiB),
      treePeakRssMiB: Math.max(content.treePeakRssMiB, next.treePeakRssMiB),
    }
  } finally {
    process.kill(-server.pid, 'SIGTERM')
    await sleep(500)
  }
}

// The last committed measurement of the old path per size (issue 12), quoted when --rebuild is not
// given: the "before" of this run.
const BEFORE_FILES = ['2026-11-30-publish.json', '2026-11-30-publish-10k.json']
function committedBefore(n) {
  for (const f of BEFORE_FILES) {
    const r = readJson(join(here, 'results', f)).results.find((x) => x.articles === n)
    if (r) return { ...r.publish, coldBuildSeconds: r.coldBuildSeconds, from: `bench/results/${f}` }
  }
  return null
}

const PAGES = ['page', 'front', 'home', 'feed', 'sitemap', 'search']
const BUDGET = { pageSeconds: 10, atArticles: 10000, peakRssMiB: 2048 }

const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
const results = []
for (const n of sizes) {
  const dir = prepare(n, rev)
  try {
    log(`N=${n}: cold build`)
    const cold = await timedRun('npm', ['run', 'build'], { cwd: dir, env })
    log(`N=${n}: publish run on npm start`)
    const run = await publishCommandRun(dir, { port: PORT, log: (m) => log(`N=${n}: ${m}`) })
    const before = rebuild ? { ...(await rebuildRun(dir, n)), from: 'this run' } : committedBefore(n)
    const r = { articles: n, coldBuildSeconds: cold.seconds, coldBuildPeakRssMiB: cold.treePeakRssMiB, ...run, before }
    log(JSON.stringify(r))
    results.push(r)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const worst = (r) => Math.max(...PAGES.flatMap((p) => [r.newStory.pages[p] ?? Infinity, r.edit.pages[p] ?? Infinity]))
const budget = results
  .filter((r) => r.articles >= BUDGET.atArticles)
  .map((r) => ({
    articles: r.articles,
    worstPageSeconds: worst(r),
    pages: worst(r) <= BUDGET.pageSeconds ? 'PASS' : 'FAIL',
    peakRss: r.serverPeakRss.treeMiB <= BUDGET.peakRssMiB ? 'PASS' : 'FAIL',
  }))
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const note =
  'Run on the shared 2-core machine while other builds were running (load average at the end: ' +
  `${load}); times move by ±30 %. Rerun alone: \`node bench/publish.mjs --sizes 2000,10000\`.`
const date = new Date().toISOString().slice(0, 10)
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(
  join(here, 'results', `${date}-${tag}.json`),
  JSON.stringify({ rev, date, note, budget: { ...BUDGET, results: budget }, results }, null, 2) + '\n',
)
const cell = (s) => (s === null || s === undefined ? 'not shown' : String(s))
const lines = [
  `# Publish latency (${date}, commit ${rev.slice(0, 12)})`,
  '',
  note,
  '',
  '## `npm run publish` on `npm start` (bench/publish-command.mjs)',
  '',
  'Seconds from the start of `npm run publish -- FILE` until each page shows the story (polled every',
  '250 ms, each page requested once before, so cached); "edit": an existing story\'s headline changed',
  '(with `updated`, so its sitemap `lastmod` changes too). Peak RSS of the `npm start` server',
  '(its process / its process tree), sampled every 200 ms from its start to the end of both publishes.',
  '"site answered": when the command printed the site\'s answer (stored, pages expired); "command',
  'alone": the same command against a closed port, timed to its exit (npm, tsx, the file\'s check).',
  '',
  `| articles | what | ${PAGES.join(' | ')} | command s (exit) | site answered s | command alone s | server peak RSS MiB | cold build s |`,
  `| ---: | --- | ${PAGES.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: |`,
  ...results.flatMap((r) =>
    ['newStory', 'edit'].map(
      (k) =>
        `| ${r.articles} | ${k === 'newStory' ? 'new story' : 'edit'} | ${PAGES.map((p) => cell(r[k].pages[p])).join(' | ')} | ${r[k].commandSeconds} (${r[k].commandExit}) | ${r[k].answeredSeconds} | ${r[k].localSeconds} | ${r.serverPeakRss.processMiB} / ${r.serverPeakRss.treeMiB} | ${r.coldBuildSeconds} |`,
    ),
  ),
  '',
  ...budget.map(
    (b) =>
      `Budget at ${b.articles}: every page ≤ ${BUDGET.pageSeconds} s: ${b.pages} (worst ${b.worstPageSeconds} s); server peak RSS ≤ ${BUDGET.peakRssMiB} MiB: ${b.peakRss}.`,
  ),
  '',
  '## Before: a rebuild per publish (the old path, issue 12)',
  '',
  '| articles | publish s (build start → new story 200 and edit shown) | content step s / next build s | peak RSS MiB (largest / summed) | measured |',
  '| ---: | ---: | --- | --- | --- |',
  ...results
    .filter((r) => r.before)
    .map(
      (r) =>
        `| ${r.articles} | ${r.before.seconds} | ${r.before.contentSeconds} / ${r.before.nextBuildSeconds} | ${r.before.peakRssMiB} / ${r.before.treePeakRssMiB} | ${r.before.from} |`,
    ),
  '',
]
const mdName = tag === 'publish-run' ? 'latest-publish.md' : `latest-${tag}.md`
writeFileSync(join(here, 'results', mdName), lines.join('\n'))
console.log(lines.join('\n'))
