// `npm run bench -- --brands` (issue 21): every brand this code builds, each from its own sample
// content (content/ for the-news, content/brands/<id>/ for a sister brand) in its own scratch copy,
// as production builds it; then the multi-tenant estimate: one build holding all brands' articles.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { dirSize, pageWeight, routeFunctionMiB, sleep, startSite, timedRun, waitForServer } from './lib.mjs'
import { checkout, countHtml } from './scratch.mjs'

const contentRoot = (id) => (id === 'the-news' ? 'content' : `content/brands/${id}`)

/**
 * Every published article of a content folder (no draft, none scheduled for later: the sample
 * content has one of each): its URL, date and title, from the frontmatter, newest first.
 */
function articles(dir, id) {
  const base = join(dir, contentRoot(id), 'articles')
  const out = []
  for (const section of readdirSync(base))
    for (const file of readdirSync(join(base, section)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(base, section, file), 'utf8')
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''
      const field = (name) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(front)?.[1]?.trim() ?? ''
      // A date without an offset is the newsroom's local time (America/Mexico_City, UTC−6).
      const date = field('date')
      const at = Date.parse(/(?:Z|[+-]\d\d:\d\d)$/.test(date) ? date : `${date}-06:00`)
      if (field('draft') === 'true' || !(at <= Date.now())) continue
      out.push({
        section: field('section') || section,
        url: `/${field('section') || section}/${file.replace(/\.mdx$/, '')}`,
        date: field('date'),
        title: field('title').replace(/^['"]|['"]$/g, ''),
      })
    }
  return out.sort((a, b) => b.date.localeCompare(a.date))
}

/** A word of the headline to search for: the longest, so it is no function word. */
const searchWord = (title) =>
  title
    .split(/[^\p{L}]+/u)
    .sort((a, b) => b.length - a.length)[0]
    .toLowerCase()

/** Cold content step and cold `next build` in `dir` for BRAND=id, and what the build holds. */
async function build(dir, id, env, log) {
  const e = { ...env, BRAND: id }
  log(`${id}: content step (cold)`)
  const content = await timedRun('npm', ['run', '--silent', 'content'], { cwd: dir, env: e })
  log(`${id}: next build (cold)`, content.seconds, 's content')
  const next = await timedRun('npx', ['next', 'build'], { cwd: dir, env: e })
  delete content.output
  delete next.output
  return {
    content,
    next,
    coldSeconds: Math.round((content.seconds + next.seconds) * 10) / 10,
    coldPeakRssMiB: Math.max(content.peakRssMiB, next.peakRssMiB),
    coldTreePeakRssMiB: Math.max(content.treePeakRssMiB, next.treePeakRssMiB),
    pages: countHtml(join(dir, '.next/server/app')),
    nextDirMiB: Math.round(dirSize(join(dir, '.next')) / 2 ** 20),
    articleFunctionMiB: routeFunctionMiB(dir, '[section]/[slug]'),
    // Prerendered at build time with the brand's host baked in: one build can serve one host's.
    robotsPrerendered: existsSync(join(dir, '.next/server/app/robots.txt.body')),
  }
}

async function serve(dir, id, port, log) {
  const list = articles(dir, id)
  if (list.length === 0) throw new Error(`${id}: no articles in ${contentRoot(id)}/articles`)
  const newest = list[0]
  const paths = {
    home: '/',
    section: `/${newest.section}`,
    article: newest.url,
    search: `/search?q=${encodeURIComponent(searchWord(newest.title))}`,
    lite: `/lite${newest.url}`,
  }
  log(`${id}: npm start, page weight of`, Object.values(paths).join(' '))
  const { server, data } = startSite(dir, { port, env: { BRAND: id, NODE_ENV: 'production' } })
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitForServer(`${origin}/`)
    const pages = {}
    for (const [name, path] of Object.entries(paths)) {
      const status = (await fetch(origin + path)).status
      if (status !== 200) throw new Error(`${id}: ${path} answered ${status}`)
      const w = await pageWeight(origin, path)
      delete w.scripts
      pages[name] = { ...w, requests: 1 + w.css.files + w.js.files + w.fontsPreloaded }
    }
    const home = await (await fetch(`${origin}/`)).text()
    const robots = await (await fetch(`${origin}/robots.txt`)).text()
    return {
      articles: list.length,
      lang: /<html[^>]*\slang="([^"]+)"/.exec(home)?.[1] ?? null,
      robotsSitemaps: [...robots.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]),
      pages,
    }
  } finally {
    server.kill('SIGTERM')
    await sleep(500)
    rmSync(data, { recursive: true, force: true })
  }
}

/**
 * The multi-tenant approximation: The News built once with every sister brand's articles, authors
 * and pages added to its own content (sections mapped onto The News's, since one build has one
 * section list), as one deployment serving every host would hold them.
 */
export function mergeBrands(dir, ids) {
  const sections = new Set(readdirSync(join(dir, 'content/articles')))
  // A sister's sections fold into The News's: opinion stays opinion, sport into sports, the rest
  // into the first section (what a shared route would have to know per host instead).
  const mapSection = (s, id) =>
    sections.has(s)
      ? s
      : /deporte|futbol|beisbol|box|americano/.test(s) || id === 'estadio-deportes'
        ? 'sports'
        : 'mexico'
  let added = 0
  for (const id of ids.filter((x) => x !== 'the-news')) {
    const base = join(dir, contentRoot(id))
    for (const section of readdirSync(join(base, 'articles')))
      for (const file of readdirSync(join(base, 'articles', section))) {
        const to = mapSection(section, id)
        const target = join(
          dir,
          'content/articles',
          to,
          existsSync(join(dir, 'content/articles', to, file)) ? `${id}-${file}` : file,
        )
        const text = readFileSync(join(base, 'articles', section, file), 'utf8').replace(
          /^section: .+$/m,
          `section: ${to}`,
        )
        writeFileSync(target, text)
        added++
      }
    for (const kind of ['authors', 'pages'])
      for (const file of readdirSync(join(base, kind)))
        if (!existsSync(join(dir, 'content', kind, file)))
          cpSync(join(base, kind, file), join(dir, 'content', kind, file))
  }
  return added
}

/** The run with the median total time, with every run's total and the load average at its start. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.coldSeconds - b.coldSeconds)
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)],
    coldSecondsRuns: runs.map((r) => r.coldSeconds),
    loadAverageAtStart: runs.map((r) => r.loadAverage),
  }
}

/**
 * `rounds` cold builds of each brand and of the multi-tenant copy, interleaved (round 1 builds
 * every one, then round 2…) so that the load of a shared machine falls on all alike; the median
 * build is reported. Pages are weighed on round 1's build of each brand.
 */
export async function benchBrands({ root, rev, env, port, keep, rounds = 1, log }) {
  const ids = execFileSync('node', ['scripts/select-brand.mjs', '--list'], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean)
  if (ids.length === 0) throw new Error('scripts/select-brand.mjs --list named no brand')
  const MT = 'multi-tenant'
  const runs = Object.fromEntries([...ids, MT].map((id) => [id, []]))
  const served = {}
  let added = 0
  let mergedArticles = 0
  for (let round = 1; round <= rounds; round++)
    for (const id of [...ids, MT]) {
      log(`round ${round}/${rounds}, ${id}: scratch copy with its sample content`)
      const dir = checkout(`brand-${id}`, rev)
      if (id === MT) {
        added = mergeBrands(dir, ids)
        mergedArticles = articles(dir, 'the-news').length
      }
      const loadAverage = Math.round(loadavg()[0] * 10) / 10
      const built = { ...(await build(dir, id === MT ? 'the-news' : id, env, log)), loadAverage }
      runs[id].push(built)
      if (round === 1 && id !== MT) served[id] = await serve(dir, id, port, log)
      log(`round ${round}, ${id}: done`, JSON.stringify({ ...built, content: undefined, next: undefined }))
      if (!keep) rmSync(dir, { recursive: true, force: true })
    }

  const brands = Object.fromEntries(ids.map((id) => [id, { build: medianRun(runs[id]), ...served[id] }]))
  const total = Object.values(brands).reduce((s, b) => s + b.articles, 0)
  const sum = (k) => Math.round(Object.values(brands).reduce((s, b) => s + b.build[k], 0) * 10) / 10
  const multiTenant = {
    articles: mergedArticles,
    addedFromSisters: added,
    expectedArticles: total,
    build: medianRun(runs[MT]),
    separateBuildsSeconds: sum('coldSeconds'),
    separateBuildsNextDirMiB: sum('nextDirMiB'),
    largestSeparateArticleFunctionMiB: Math.max(...Object.values(brands).map((b) => b.build.articleFunctionMiB)),
    // Per round: the three brands' builds summed against the one build, on the same machine state.
    roundsSeparateVsOne: runs[MT].map((one, i) => ({
      separate: Math.round(ids.reduce((s, id) => s + runs[id][i].coldSeconds, 0) * 10) / 10,
      one: one.coldSeconds,
    })),
  }
  log('multi-tenant estimate', JSON.stringify({ ...multiTenant, build: undefined }))
  return { rounds, brands, multiTenant }
}
