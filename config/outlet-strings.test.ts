import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { site } from './site'

// Every user-facing mention of the outlet comes from config/ (config/site.ts, config/brands/), so a
// sister brand can be built from this code: no route, component or library spells it out.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

test('no route, component or library hard-codes the outlet’s name, address or domain', () => {
  const needles = [site.name, new URL(site.url).hostname.replace(/^www\./, ''), site.domain]
  const found = ['app', 'components', 'lib'].flatMap(sources).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return needles.filter((n) => text.includes(n)).map((n) => `${file}: "${n}"`)
  })
  assert.deepEqual(found, [])
})
