// `npm run content`: the content step of every build.
// 1. scripts/check-content.ts: every file checked, problems named (nothing else runs if any);
// 2. contentlayer2 build: once for a small archive; from 1,000 articles (or past
//    CONTENT_SHARD_SIZE, default 2,500), once per shard of at most that size, each in its own
//    folder and process, CONTENT_JOBS (default: the machine's cores, at most 2) at a time: memory
//    stays that of two shards whatever the archive's size, and a 2-core machine uses both cores
//    (contentlayer alone keeps about one busy) (lib/content/shards.ts, docs/performance.md);
// 3. scripts/build-content-index.ts: the slim index, one body file per article, the search index.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { site } from '../config/site'
import { countCached, linkContentlayerCache, stampContentTimes } from '../lib/content/content-cache'
import { contentDirs } from '../lib/content/paths'
import { shardFiles, shardPlan } from '../lib/content/shards'

const root = resolve('.')
const bin = (name: string) => join(root, 'node_modules/.bin', name)
// A step that fails has already said why, in words for the editor: this script stops with its
// exit code and adds no stack trace of its own.
function run(cmd: string, args: string[], cwd = root, env: NodeJS.ProcessEnv = process.env) {
  const step = spawnSync(cmd, args, { cwd, stdio: 'inherit', env })
  if (step.error) console.error(`${cmd} could not run: ${step.error.message}`)
  if (step.status !== 0) process.exit(step.status || 1)
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

// The built brand (scripts/select-brand.mjs wrote its id) with its name, for `npm start` to log and
// check BRAND against: plain Node there, which cannot read the brand's TypeScript config.
writeFileSync(join(root, '.contentlayer/slim/brand.json'), `${JSON.stringify({ id: site.id, name: site.name })}\n`)

run(bin('tsx'), ['scripts/check-content.ts'])

// The built brand's content folder (lib/content/paths.ts): content/ for The News, content/brands/{id}/ otherwise.
const brandDirs = contentDirs()
const articles = walk(join(root, brandDirs.articles)).filter((p) => p.endsWith('.mdx'))
const plan = shardPlan(articles.length, {
  maxShardSize: Number(process.env.CONTENT_SHARD_SIZE ?? 2500),
  jobs: Number(process.env.CONTENT_JOBS ?? Math.min(2, availableParallelism())),
})
const shards = shardFiles(articles, plan.shards)
const SHARDS_DIR = join(root, '.contentlayer-shards')
rmSync(SHARDS_DIR, { recursive: true, force: true })

const running = new Set<ReturnType<typeof spawn>>()

/** One contentlayer2 run in its own process; resolves when it exits 0. */
function contentlayer(dir: string): Promise<void> {
  return new Promise((done, fail) => {
    // contentlayer2 takes its working folder from $PWD (before process.cwd()).
    const child = spawn(bin('contentlayer2'), ['build'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, PWD: dir },
    })
    running.add(child)
    child.on('exit', () => running.delete(child))
    child.on('error', fail)
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`contentlayer2 build failed in ${dir} (exit ${code})`)),
    )
  })
}

// contentlayer's cache, kept where hosts keep build caches, keyed by content (lib/content/content-cache.ts).
const times = stampContentTimes(articles)
stampContentTimes(walk(join(root, brandDirs.authors)))
stampContentTimes(walk(join(root, brandDirs.pages)))
const fromContent = (file: string) => relative(join(root, brandDirs.root), file)
let cached = 0

let generatedDirs: string[]
if (shards.length === 1) {
  linkContentlayerCache(root, root, 'whole')
  cached = countCached(root, times, fromContent)
  console.log(
    `contentlayer: ${times.size - cached} of ${times.size} articles to compile (${cached} unchanged, from the cache)`,
  )
  run(bin('contentlayer2'), ['build'])
  generatedDirs = [join(root, '.contentlayer/generated')]
} else {
  const dirs = shards.map((files, i) => {
    const dir = join(SHARDS_DIR, String(i))
    // A content folder of this shard's articles (hard links: no copying) and all authors.
    for (const file of files) {
      const target = join(dir, brandDirs.articles, relative(join(root, brandDirs.articles), file))
      mkdirSync(dirname(target), { recursive: true })
      linkSync(file, target)
    }
    cpSync(join(root, brandDirs.authors), join(dir, brandDirs.authors), { recursive: true, preserveTimestamps: true })
    // The standards pages are few: the first shard compiles them (lib/content/content-index.ts reads them there).
    if (i === 0 && existsSync(join(root, brandDirs.pages)))
      cpSync(join(root, brandDirs.pages), join(dir, brandDirs.pages), { recursive: true, preserveTimestamps: true })
    // The project's own config; its contentDirPath (the brand's folder, the same path) resolves inside the shard folder.
    writeFileSync(join(dir, 'contentlayer.config.ts'), "export { default } from '../../contentlayer.config'\n")
    linkContentlayerCache(dir, root, `shard-${i}`)
    // In a shard, contentlayer keys a file by its path in the shard's content folder, the same as in the project's.
    cached += countCached(dir, new Map(files.map((f) => [f, times.get(f)!])), fromContent)
    return dir
  })
  console.log(
    `contentlayer: ${times.size - cached} of ${times.size} articles to compile (${cached} unchanged, from the cache)`,
  )
  console.log(
    `contentlayer: ${shards.length} shards of at most ${Math.max(...shards.map((s) => s.length))} articles, ${plan.jobs} at a time`,
  )
  let next = 0
  const worker = async () => {
    while (next < dirs.length) await contentlayer(dirs[next++]!)
  }
  try {
    await Promise.all(Array.from({ length: plan.jobs }, worker))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    for (const child of running) child.kill()
    process.exit(1)
  }
  generatedDirs = dirs.map((dir) => join(dir, '.contentlayer/generated'))
}

run(bin('tsx'), ['scripts/build-content-index.ts'], root, {
  ...process.env,
  CONTENTLAYER_GENERATED: generatedDirs.join(':'),
})
