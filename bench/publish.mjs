// Publish latency: how long after an editor's commit a new story answers 200 and an edit shows,
// on a host that builds from a fresh checkout and keeps `.next/cache/` between builds (README,
// "Deploying").
//
//   node bench/publish.mjs [--sizes 2000,10000] [--tag NAME]
//
// Per size, in a scratch copy of this commit with the generated corpus (bench/scratch.mjs):
// 1. a cold `npm run build` (no caches);
// 2. the publish: one new article added and another's headline edited; every content file given a
//    new modification time and `.contentlayer/` removed, as a fresh checkout has them, `.next/cache/`
//    kept; `npm run build` again, then `npm start`, polled until the new article answers 200 and the
//    edited headline is on its page. Reported: the build's content step and next build, and the
//    whole latency from the start of the build to both visible.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sleep, timedRun } from './lib.mjs'
import { prepare } from './scratch.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const argv = process.argv.slice(2)
const value = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback)
const sizes = value('sizes', '2000').split(',').map(Number)
const tag = value('tag', 'publish')
const PORT = 3295
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

async function publishRun(n, rev) {
  const dir = prepare(n, rev)
  log(`N=${n}: cold build`)
  const cold = await timedRun('npm', ['run', 'build'], { cwd: dir, env })

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
      articles: n,
      coldBuildSeconds: cold.seconds,
      publish: {
        seconds: Math.round(total * 10) / 10,
        contentSeconds: content.seconds,
        nextBuildSeconds: next.seconds,
        articlesCompiled: compiled ? `${compiled[1]} of ${compiled[2]}` : 'unknown',
        newArticle200: newOk,
        editShown: editOk,
        peakRssMiB: Math.max(content.peakRssMiB, next.peakRssMiB),
        treePeakRssMiB: Math.max(content.treePeakRssMiB, next.treePeakRssMiB),
      },
    }
  } finally {
    process.kill(-server.pid, 'SIGTERM')
    await sleep(500)
    rmSync(dir, { recursive: true, force: true })
  }
}

const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
const results = []
for (const n of sizes) {
  const r = await publishRun(n, rev)
  log(JSON.stringify(r))
  results.push(r)
}
const date = new Date().toISOString().slice(0, 10)
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(join(here, 'results', `${date}-${tag}.json`), JSON.stringify({ rev, results }, null, 2) + '\n')
const lines = [
  `# Publish latency (${date}, commit ${rev.slice(0, 12)})`,
  '',
  'A fresh checkout with one article added and one edited, `.next/cache/` kept (bench/publish.mjs).',
  '',
  '| articles | cold build s | publish s (build start → new story 200 and edit shown) | content step s / next build s | articles compiled | peak RSS MiB (largest / summed) |',
  '| ---: | ---: | ---: | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.articles} | ${r.coldBuildSeconds} | ${r.publish.seconds}${r.publish.newArticle200 && r.publish.editShown ? '' : ' (NOT visible)'} | ${r.publish.contentSeconds} / ${r.publish.nextBuildSeconds} | ${r.publish.articlesCompiled} | ${r.publish.peakRssMiB} / ${r.publish.treePeakRssMiB} |`,
  ),
  '',
]
writeFileSync(join(here, 'results', `latest-${tag}.md`), lines.join('\n'))
console.log(lines.join('\n'))
