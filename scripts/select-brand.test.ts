import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, test } from 'node:test'

// scripts/select-brand.mjs, the content step's first step, run for real in a scratch project: The
// News's config file as it is, and a brand the network strip lists but this code does not build.
const script = resolve('scripts/select-brand.mjs')
const dir = mkdtempSync(join(tmpdir(), 'select-brand-'))
after(() => rmSync(dir, { recursive: true, force: true }))
mkdirSync(join(dir, 'config/brands'), { recursive: true })
copyFileSync('config/brands/the-news.ts', join(dir, 'config/brands/the-news.ts'))
for (const drawing of ['wordmark', 'icon'])
  copyFileSync(`config/brands/the-news.${drawing}.svg`, join(dir, `config/brands/the-news.${drawing}.svg`))
writeFileSync(
  join(dir, 'config/brands/other-paper.ts'),
  "import type { Brand } from '../types'\n\nexport const otherPaper = { id: 'other-paper', name: 'Other Paper', url: 'https://example.com', lang: 'en' } as const satisfies Brand\n",
)

const select = (brand?: string) => {
  const env = { ...process.env }
  if (brand === undefined) delete env.BRAND
  else env.BRAND = brand
  rmSync(join(dir, '.contentlayer'), { recursive: true, force: true })
  rmSync(join(dir, '.brand'), { recursive: true, force: true })
  return spawnSync(process.execPath, [script], { cwd: dir, env, encoding: 'utf8' })
}

describe('BRAND at the content step (scripts/select-brand.mjs)', () => {
  test('an unknown brand: exit 1, the brands this code builds, nothing written', () => {
    const r = select('no-such-paper')
    assert.equal(r.status, 1)
    assert.equal(
      r.stderr.trim(),
      'BRAND=no-such-paper: no such brand (config/brands/no-such-paper.ts). Brands this code builds: the-news.',
    )
    assert.equal(existsSync(join(dir, '.brand/brand.ts')), false)
  })

  test('an id that is not a brand id (a path): refused the same way', () => {
    const r = select('../the-news')
    assert.equal(r.status, 1)
    assert.match(r.stderr, /^BRAND=\.\.\/the-news: no such brand/)
  })

  test('a brand of the network strip only: exit 1, not a whole BrandConfig', () => {
    const r = select('other-paper')
    assert.equal(r.status, 1)
    assert.match(
      r.stderr,
      /^BRAND=other-paper: config\/brands\/other-paper\.ts lists the brand in the network strip but is not a whole BrandConfig/,
    )
    assert.match(r.stderr, /Brands this code builds: the-news\.$/m)
    assert.equal(existsSync(join(dir, '.brand/brand.ts')), false)
  })

  test('BRAND unset: The News, written for the app and for npm start', () => {
    const r = select()
    assert.equal(r.status, 0, r.stderr)
    assert.match(
      readFileSync(join(dir, '.brand/brand.ts'), 'utf8'),
      /import \{ theNews \} from '\.\.\/config\/brands\/the-news'/,
    )
    assert.deepEqual(JSON.parse(readFileSync(join(dir, '.contentlayer/slim/brand.json'), 'utf8')), { id: 'the-news' })
  })
})
