import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, test } from 'node:test'

// `npm start` (scripts/start.mjs) run for real on a folder whose content step was for another
// brand: it must refuse before serving anything. The folder has no .next: a start that gets past
// the brand check stops at Next's "no production build" instead, without listening.
const script = resolve('scripts/start.mjs')
const root = mkdtempSync(join(tmpdir(), 'start-brand-'))
after(() => rmSync(root, { recursive: true, force: true }))

function folder(name: string, brand?: object): string {
  const dir = join(root, name)
  mkdirSync(join(dir, '.contentlayer/slim'), { recursive: true })
  if (brand) writeFileSync(join(dir, '.contentlayer/slim/brand.json'), JSON.stringify(brand))
  return dir
}

const start = (dir: string, brand?: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '3216', LISTEN_HOST: '127.0.0.1' }
  if (brand === undefined) delete env.BRAND
  else env.BRAND = brand
  // cwd is the folder too: the server reads the brand there when the build's folder has none.
  return spawnSync(process.execPath, [script, dir], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 })
}

describe('npm start and BRAND', () => {
  const estadio = folder('estadio', { id: 'estadio-deportes', name: 'Estadio Deportes' })

  test('BRAND set to another brand than the build: exit 1 with both named', () => {
    const r = start(estadio, 'the-news')
    assert.equal(r.status, 1)
    assert.equal(
      r.stderr.trim(),
      'BRAND=the-news, but this build is Estadio Deportes (BRAND=estadio-deportes): not starting. ' +
        'Build that brand first (BRAND=the-news npm run build), or start without BRAND to serve estadio-deportes.',
    )
  })

  test("no build's brand at all: exit 1, telling to build first", () => {
    const r = start(folder('unbuilt'))
    assert.equal(r.status, 1)
    assert.match(r.stderr, /^No build's brand in .*unbuilt \(\.contentlayer\/slim\/brand\.json\): build first/)
  })

  for (const brand of [undefined, 'estadio-deportes'])
    test(`BRAND ${brand ? 'the same as the build' : 'unset'}: no refusal (Next then finds no build here)`, () => {
      const r = start(estadio, brand)
      assert.notEqual(r.status, 0)
      assert.doesNotMatch(r.stderr, /not starting|No build's brand/)
      assert.match(r.stderr + r.stdout, /production build/)
    })
})
