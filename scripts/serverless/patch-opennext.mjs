// Run by `npm run build:serverless` and `build:serverless:local` before `open-next build`, which
// bundles OpenNext's cache adapter into the function: the fix for opennextjs-aws #1250 (open in
// 4.1.12; ADR 0019 "OpenNext pitfalls"). The adapter hands Next a cached page without its
// lifetime, so an instance that did not render a page outside the prerender manifest falls back to
// Next's default of 1 s (next/dist/server/lib/incremental-cache/index.js, `calculateRevalidate`):
// every published article, new tag page and deep archive page is judged stale a second after it
// was written, re-rendered by each cold instance and sent to the CDN with no cache-control. Next
// 16.4 already takes an entry's own `cacheControl` when the handler returns one; the adapter
// stores `revalidate` with each entry, so the patch returns it.
//
// A build step rather than an install script: CI runs `npm ci` then `npm test`, and while npm 11
// runs the root package's own `postinstall` (dependencies' scripts are held to `allowScripts`),
// `npm ci --ignore-scripts` or a node_modules from before the patch would skip it silently. Here
// it runs right before the only build that uses the file, checks the version it was written for,
// and fails the build if the code it replaces has changed. The file is replaced, not written in
// place, so a node_modules of hard links shared with another checkout is left as it was.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// The copy `open-next build` bundles from (its exports map hides package.json from require.resolve).
const root = join(import.meta.dirname, '../../node_modules/@opennextjs/aws')
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const file = join(root, 'dist/adapters/cache.js')
const MARK = '/* thenews: opennextjs-aws #1250 */'

const fail = (why) => {
  console.error(`scripts/serverless/patch-opennext.mjs: ${why}`)
  console.error('Check whether opennextjs-aws #1250 is fixed in this version, then update or remove this patch.')
  process.exit(1)
}
if (version !== '4.1.12') fail(`written for @opennextjs/aws 4.1.12, found ${version}`)

const source = readFileSync(file, 'utf8')
if (source.includes(MARK)) process.exit(0)

const READ = '            const cacheData = cachedEntry.value;\n            const meta = cacheData.meta;\n'
/** Each value the method returns to Next (four: route, app page, pages page, redirect). */
const RETURN = /^( +)lastModified: _lastModified,$/gm
const start = source.indexOf('    async getIncrementalCache(key) {')
const end = source.indexOf('    async set(key, data, ctx) {')
if (start < 0 || end < start) fail('getIncrementalCache not found in dist/adapters/cache.js')
const body = source.slice(start, end)
const returns = body.match(RETURN)?.length ?? 0
if (!body.includes(READ) || returns !== 4) fail(`unexpected getIncrementalCache (${returns} returns)`)

const patched = body
  .replace(
    READ,
    READ +
      `            ${MARK}\n` +
      '            const cacheControl = typeof cacheData.revalidate === "number" || cacheData.revalidate === false\n' +
      '                ? { revalidate: cacheData.revalidate, expire: undefined }\n' +
      '                : undefined;\n',
  )
  .replace(RETURN, '$1lastModified: _lastModified,\n$1cacheControl,')

const temp = `${file}.${process.pid}.tmp`
writeFileSync(temp, source.slice(0, start) + patched + source.slice(end))
renameSync(temp, file)
console.log(`patched @opennextjs/aws ${version} dist/adapters/cache.js (opennextjs-aws #1250)`)
