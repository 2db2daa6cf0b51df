// `npm run content`: the content step of every build.
// 1. scripts/check-content.ts: every file checked, problems named (nothing else runs if any);
// 2. contentlayer2 build: once for an archive of up to CONTENT_SHARD_SIZE articles (default
//    2,500); past that, once per shard of that size, each in its own folder and process, so the
//    peak memory stays that of one shard whatever the archive's size (docs/performance.md);
// 3. scripts/build-content-index.ts: the slim index, one body file per article, the search index.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { shardFiles } from '../lib/content/shards'

const root = resolve('.')
const bin = (name: string) => join(root, 'node_modules/.bin', name)
const run = (cmd: string, args: string[], cwd = root, env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env })

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

run(bin('tsx'), ['scripts/check-content.ts'])

const shardSize = Number(process.env.CONTENT_SHARD_SIZE ?? 2500)
const articles = walk(join(root, 'content/articles')).filter((p) => p.endsWith('.mdx'))
const shards = shardFiles(articles, shardSize)
const SHARDS_DIR = join(root, '.contentlayer-shards')
rmSync(SHARDS_DIR, { recursive: true, force: true })

let generatedDirs: string[]
if (shards.length === 1) {
  run(bin('contentlayer2'), ['build'])
  generatedDirs = [join(root, '.contentlayer/generated')]
} else {
  generatedDirs = shards.map((files, i) => {
    const dir = join(SHARDS_DIR, String(i))
    // A content folder of this shard's articles (hard links: no copying) and all authors.
    for (const file of files) {
      const target = join(dir, 'content/articles', relative(join(root, 'content/articles'), file))
      mkdirSync(dirname(target), { recursive: true })
      linkSync(file, target)
    }
    cpSync(join(root, 'content/authors'), join(dir, 'content/authors'), { recursive: true })
    // The project's own config; its contentDirPath ('content') resolves inside the shard folder.
    writeFileSync(join(dir, 'contentlayer.config.ts'), "export { default } from '../../contentlayer.config'\n")
    console.log(`contentlayer shard ${i + 1}/${shards.length}: ${files.length} articles`)
    // contentlayer2 takes its working folder from $PWD (before process.cwd()).
    run(bin('contentlayer2'), ['build'], dir, { ...process.env, PWD: dir })
    return join(dir, '.contentlayer/generated')
  })
}

run(bin('tsx'), ['scripts/build-content-index.ts'], root, {
  ...process.env,
  CONTENTLAYER_GENERATED: generatedDirs.join(':'),
})
