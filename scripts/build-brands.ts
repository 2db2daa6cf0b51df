// `tsx scripts/build-brands.ts ID...`: builds each sister brand for the end-to-end tests, each in
// its own copy of the project (a build's outputs, .contentlayer and .next, sit in the folder it
// runs in and the server reads them from there, so two brands cannot share one), as
// `BRAND=ID npm run build` would, with the test run's own test articles when
// THENEWS_TEST_ARTICLES=1. Writes reports/brands.json, which playwright.config.ts reads to start
// one `npm start` per brand beside The News's and to run e2e/brands.spec.ts against each.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrandConfig } from '../config/types'
import { copyProject, projectEntries } from './project-copy'

export type BuiltBrand = { id: string; dir: string; config: BrandConfig }

const root = resolve(import.meta.dirname, '..')

function run(dir: string, id: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now()
  const step = spawnSync(cmd, args, {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BRAND: id, ...env },
  })
  if (step.status !== 0) {
    console.error(`${id}: ${cmd} ${args.join(' ')} failed (exit ${step.status}) in ${dir}`)
    process.exit(1)
  }
  return (Date.now() - started) / 1000
}

async function loadConfig(id: string): Promise<BrandConfig> {
  const exports = (await import(pathToFileURL(join(root, 'config/brands', `${id}.ts`)).href)) as Record<string, unknown>
  const config = Object.values(exports).find((v): v is BrandConfig => (v as BrandConfig | null)?.id === id)
  if (!config) throw new Error(`config/brands/${id}.ts exports no brand with id "${id}"`)
  return config
}

const ids = process.argv.slice(2)
if (ids.length === 0) {
  console.error('usage: tsx scripts/build-brands.ts BRAND_ID...')
  process.exit(2)
}
const built: BuiltBrand[] = []
for (const id of ids) {
  const dir = copyProject(`brand-${id}`, projectEntries(), 'hardlink')
  const tsx = join(dir, 'node_modules/.bin/tsx')
  // The brand first: the test articles go to its folder, in its sections.
  run(dir, id, process.execPath, ['scripts/select-brand.mjs'])
  if (process.env.THENEWS_TEST_ARTICLES === '1') run(dir, id, tsx, ['scripts/make-test-articles.ts'])
  const content = run(dir, id, 'npm', ['run', '--silent', 'content'])
  // One page of each archive prebuilt, as for The News's e2e build (scripts/test.sh).
  const next = run(dir, id, join(dir, 'node_modules/.bin/next'), ['build'], { PREBUILD_LIST_PAGES: '1' })
  console.log(`${id}: built in ${dir} (content ${content.toFixed(0)} s, next build ${next.toFixed(0)} s)`)
  built.push({ id, dir, config: await loadConfig(id) })
}
mkdirSync(join(root, 'reports'), { recursive: true })
writeFileSync(join(root, 'reports/brands.json'), `${JSON.stringify(built, null, 2)}\n`)
