// The scratch copy a benchmark size builds in, and what is read back from it.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')

/**
 * `bench/.work/<name>`: the project's files as committed at `rev` (its real content/ included) and
 * a hard-linked node_modules, nothing built.
 */
export function checkout(name, rev) {
  const dir = join(here, '.work', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('bash', ['-c', `git archive --format=tar ${rev} | tar -x -C "${dir}"`], { cwd: root })
  for (const entry of readdirSync(join(dir, 'bench')))
    if (!entry.endsWith('.ts')) rmSync(join(dir, 'bench', entry), { recursive: true, force: true })
  // Hard links: a full copy of node_modules without the disk or time (Turbopack rejects a symlink).
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')])
  return dir
}

/**
 * A scratch copy of the project as committed at `rev` (not the working tree: a file edited or
 * added while a run is under way cannot leak into a later size), with the corpus as its content
 * and a bare baseline page.
 */
export function prepare(n, rev) {
  const dir = checkout(String(n), rev)
  rmSync(join(dir, 'content/articles'), { recursive: true, force: true })
  execFileSync(
    'node',
    [join(here, 'gen-corpus.mjs'), '--count', String(n), '--out', join(dir, 'content/articles'), '--project', dir],
    { stdio: 'ignore' },
  )
  // The framework's own client JS, measured from a bare app-router page in the same build.
  mkdirSync(join(dir, 'app/bench-baseline'), { recursive: true })
  writeFileSync(
    join(dir, 'app/bench-baseline/page.tsx'),
    'export default function Baseline() {\n  return <p>baseline</p>\n}\n',
  )
  return dir
}

export function newestArticleUrl(dir) {
  const sectionDirs = readdirSync(join(dir, 'content/articles'))
  // Article 0 is the newest; its file name ends in "-0".
  for (const s of sectionDirs) {
    const f = readdirSync(join(dir, 'content/articles', s)).find((x) => x.endsWith('-0.mdx'))
    if (f) return `/${s}/${f.replace(/\.mdx$/, '')}`
  }
  throw new Error('article 0 not found')
}

/** Prerendered pages: the .html files Next wrote (counted in JS: `find`'s output for 20,000
 * pages overflowed execFileSync's buffer and lost a 30-minute 10,000-article run). */
export function countHtml(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length
}

export function oldestArticleUrl(dir) {
  // Article 0 is the newest, so the highest index is the oldest.
  let best = { i: -1, url: '' }
  for (const s of readdirSync(join(dir, 'content/articles')))
    for (const f of readdirSync(join(dir, 'content/articles', s))) {
      const i = Number(/-(\d+)\.mdx$/.exec(f)?.[1] ?? -1)
      if (i > best.i) best = { i, url: `/${s}/${f.replace(/\.mdx$/, '')}` }
    }
  return best.url
}
