import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { pathToFileURL } from 'node:url'
import { RESERVED_ROUTES } from '../lib/content/validate-aliases'
import { theNews } from './brands/the-news'
import { BRANDS } from './network'
import type { BrandConfig } from './types'

// Every brand this code can build (a config/brands/{id}.ts that is a whole BrandConfig, as
// scripts/select-brand.mjs decides) against The News's strings, key by key: a string empty, missing
// or with other template slots than The News's fails here, naming the brand and the key.
const dir = join(import.meta.dirname, 'brands')
const buildable = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => /satisfies BrandConfig\b/.test(readFileSync(join(dir, f), 'utf8')))

async function load(file: string): Promise<BrandConfig> {
  const exports = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, BrandConfig>
  const config = Object.values(exports).find((v) => v.id === file.replace(/\.ts$/, ''))
  assert.ok(config, `config/brands/${file} exports no brand whose id is its file name`)
  return config
}

/** Every leaf of a strings tree, by dotted key. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  if (value === null || typeof value !== 'object') return new Map([[prefix, value]])
  return new Map(Object.entries(value).flatMap(([k, v]) => [...leaves(v, prefix ? `${prefix}.${k}` : k)]))
}
const slots = (s: string) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort()

test('the brands this code builds: The News and at least two sister brands', () => {
  assert.ok(buildable.includes('the-news.ts'))
  assert.ok(buildable.length >= 3, buildable.join(', '))
})

test('every brand has every string of The News, non-empty, with the same template slots', async () => {
  const reference = leaves(theNews.strings)
  assert.ok(reference.size > 100, `only ${reference.size} strings in The News`)
  const problems: string[] = []
  for (const file of buildable) {
    const brand = await load(file)
    const own = leaves(brand.strings)
    for (const [key, english] of reference) {
      const value = own.get(key)
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${brand.id}: ${key} is missing or empty`)
      else if (slots(value).join() !== slots(String(english)).join())
        problems.push(
          `${brand.id}: ${key} has slots {${slots(value).join('}{')}}, The News {${slots(String(english)).join('}{')}}`,
        )
    }
    for (const key of own.keys())
      if (!reference.has(key)) problems.push(`${brand.id}: ${key} is not a key The News has`)
  }
  assert.deepEqual(problems, [])
})

test('every brand: its own language throughout, sections that can be URLs, standards, and its network entry if any', async () => {
  for (const file of buildable) {
    const brand = await load(file)
    const language = brand.lang.split('-')[0]!
    assert.ok(brand.intlLocale.startsWith(language), `${brand.id}: intlLocale ${brand.intlLocale}`)
    assert.ok(brand.ogLocale.startsWith(language), `${brand.id}: ogLocale ${brand.ogLocale}`)
    assert.ok(brand.rssLanguage.startsWith(language), `${brand.id}: rssLanguage ${brand.rssLanguage}`)
    assert.equal(brand.newsLanguage, language, `${brand.id}: newsLanguage`)
    assert.equal(brand.search.language, language, `${brand.id}: search language`)
    assert.ok(brand.sections.length > 0, `${brand.id}: no sections`)
    for (const section of brand.sections) {
      assert.match(section.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${brand.id}: section id ${section.id}`)
      assert.ok(
        !(RESERVED_ROUTES as readonly string[]).includes(section.id),
        `${brand.id}: ${section.id} is a site route`,
      )
      assert.ok(section.label.trim() && section.description.trim(), `${brand.id}: section ${section.id} needs words`)
    }
    assert.equal(new Set(brand.sections.map((s) => s.id)).size, brand.sections.length, `${brand.id}: a section twice`)
    if (brand.opinionSection !== null)
      assert.ok(
        brand.sections.some((s) => s.id === brand.opinionSection),
        `${brand.id}: opinionSection`,
      )
    assert.deepEqual(
      brand.divisions.map((d) => d.id),
      ['digital', 'prensa', 'radio', 'tv'],
    )
    // A brand of the group: the network strip's entry has the same name, address and language, so
    // it can mark it. A brand outside the group needs no entry (config/network.ts NETWORK_BRANDS
    // adds the built brand; scripts/brand-fixture.spec.ts builds one).
    const entry = BRANDS.find((b) => b.id === brand.id)
    if (entry)
      assert.deepEqual(
        { name: entry.name, url: entry.url, lang: entry.lang },
        { name: brand.name, url: brand.url, lang: brand.lang },
      )
  }
})
