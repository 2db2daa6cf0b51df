// The sharded content step (for large archives) must produce exactly what one contentlayer run
// does. Runs `npm run content` twice on a copy of the project: once whole, once in shards of 20.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
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

function content(shardSize: number) {
  rmSync(join(dir, '.contentlayer'), { recursive: true, force: true })
  const r = spawnSync('npm', ['run', '--silent', 'content'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_SHARD_SIZE: String(shardSize), CONTENT_JOBS: '2', PWD: dir },
  })
  assert.equal(r.status, 0, r.stdout + r.stderr)
  const slim = readFileSync(join(dir, '.contentlayer/slim/articles.js'), 'utf8')
  const articles = JSON.parse(JSON.parse(slim.slice(slim.indexOf('(') + 1, slim.lastIndexOf(')')))) as { url: string }[]
  const bodies = Object.fromEntries(
    readdirSync(join(dir, '.contentlayer/bodies')).map((f) => [
      f,
      gunzipSync(readFileSync(join(dir, '.contentlayer/bodies', f))).toString(),
    ]),
  )
  return { output: r.stdout, articles: articles.sort((a, b) => a.url.localeCompare(b.url)), bodies }
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
