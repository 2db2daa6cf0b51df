// The sharded content step (for large archives) must produce exactly what one contentlayer run
// does. Runs `npm run content` twice on a copy of the project: once whole, once in shards of 20.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { after, before, test } from 'node:test'
import { copyProject } from './project-copy'

const COPY = [
  'package.json',
  'tsconfig.json',
  'contentlayer.config.ts',
  'config',
  'lib',
  'scripts',
  'content',
  'public',
]
let dir = ''

before(() => {
  dir = copyProject('shards', COPY)
})
after(() => rmSync(dir, { recursive: true, force: true }))

function content(shardSize: number, project = dir) {
  rmSync(join(project, '.contentlayer'), { recursive: true, force: true })
  const r = spawnSync('npm', ['run', '--silent', 'content'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_SHARD_SIZE: String(shardSize), CONTENT_JOBS: '2', PWD: project },
  })
  assert.equal(r.status, 0, r.stdout + r.stderr)
  const slim = readFileSync(join(project, '.contentlayer/slim/articles.js'), 'utf8')
  const articles = JSON.parse(JSON.parse(slim.slice(slim.indexOf('(') + 1, slim.lastIndexOf(')')))) as { url: string }[]
  const bodies = Object.fromEntries(
    readdirSync(join(project, '.contentlayer/bodies')).map((f) => [
      f,
      gunzipSync(readFileSync(join(project, '.contentlayer/bodies', f))).toString(),
    ]),
  )
  const search = readFileSync(join(project, '.contentlayer/search/index.js'), 'utf8')
  return { output: r.stdout, articles: articles.sort((a, b) => a.url.localeCompare(b.url)), bodies, search }
}

test('content in shards of 20, two at a time, equals content in one contentlayer run', { timeout: 240_000 }, () => {
  const whole = content(10_000)
  const sharded = content(20)
  assert.doesNotMatch(whole.output, /shard/)
  assert.match(sharded.output, /contentlayer: 3 shards of at most \d+ articles, 2 at a time/)
  assert.ok(existsSync(join(dir, '.contentlayer-shards/2')))
  assert.equal(sharded.articles.length, whole.articles.length)
  assert.deepEqual(sharded.articles, whole.articles)
  assert.deepEqual(sharded.bodies, whole.bodies)
})

test(
  'a rebuild on a fresh checkout with one article edited compiles that one, and equals a cold build',
  { timeout: 240_000 },
  () => {
    const warm = copyProject('content-cache', COPY)
    const cold = copyProject('content-cold', COPY)
    try {
      const first = content(10_000, warm)
      assert.match(first.output, /contentlayer: (\d+) of \1 articles to compile \(0 unchanged/)
      // The edit, in both copies; then every file new, as in a fresh clone, and the generated files
      // gone: only .next/cache/ is kept, as a host keeps it.
      const article = 'content/articles/mexico/capital-expands-night-bus-network.mdx'
      for (const project of [warm, cold]) {
        const file = join(project, article)
        const text = readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Night buses reach every borough')
        writeFileSync(file, `${text}\nThe city added two routes after this story was first published.\n`)
      }
      const now = new Date()
      for (const file of readdirSync(join(warm, 'content'), { recursive: true }))
        utimesSync(join(warm, 'content', String(file)), now, now)
      const again = content(10_000, warm)
      assert.match(again.output, /Content check passed: .*\(1 bodies parsed, \d+ unchanged\)/)
      assert.match(again.output, /contentlayer: 1 of \d+ articles to compile \(\d+ unchanged, from the cache\)/)
      const reference = content(10_000, cold)
      assert.match(reference.output, /contentlayer: (\d+) of \1 articles to compile \(0 unchanged/)
      assert.deepEqual(again.articles, reference.articles)
      assert.deepEqual(again.bodies, reference.bodies)
      assert.equal(again.search, reference.search)
      assert.ok(again.articles.some((a) => (a as { title?: string }).title === 'Night buses reach every borough'))
    } finally {
      rmSync(warm, { recursive: true, force: true })
      rmSync(cold, { recursive: true, force: true })
    }
  },
)
