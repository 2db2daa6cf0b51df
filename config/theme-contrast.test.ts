import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { BrandConfig, BrandTheme } from './types'

// Every brand's theme (config/brands/{id}.ts) meets WCAG 2.x AA for normal text, 4.5:1, in each
// pairing the site draws: text and links on the page, highlights on the masthead's ink, the ink
// strip's text. Written from the WCAG definitions, not from the site's code.

/** WCAG 2.x relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Foreground over background, as the site paints them (config/types.ts BrandTheme). */
const PAIRS: readonly (readonly [keyof BrandTheme, keyof BrandTheme])[] = [
  ['ink', 'paper'],
  ['accent', 'paper'],
  ['accentOnInk', 'ink'],
  ['muted', 'paper'],
  ['paper', 'ink'],
]

function failures(theme: BrandTheme): string[] {
  const out: string[] = []
  for (const [key, value] of Object.entries(theme))
    if (!/^#[0-9a-fA-F]{6}$/.test(value)) out.push(`${key} is "${value}", not #rrggbb`)
  if (out.length) return out
  for (const [fg, bg] of PAIRS) {
    const ratio = contrast(theme[fg], theme[bg])
    if (ratio < 4.5) out.push(`${fg} ${theme[fg]} on ${bg} ${theme[bg]}: ${ratio.toFixed(2)}:1, under 4.5:1`)
  }
  return out
}

const DIR = join(import.meta.dirname, 'brands')
const files = readdirSync(DIR).filter(
  (f) =>
    f.endsWith('.ts') && !f.endsWith('.test.ts') && /satisfies BrandConfig\b/.test(readFileSync(join(DIR, f), 'utf8')),
)

describe('brand themes meet WCAG AA contrast', () => {
  it('the formula gives the known ratios', () => {
    assert.equal(contrast('#000000', '#ffffff'), 21)
    assert.equal(contrast('#ffffff', '#ffffff'), 1)
    // #767676 is the lightest grey that passes on white; #777777 just fails.
    assert.ok(contrast('#767676', '#ffffff') >= 4.5)
    assert.ok(contrast('#777777', '#ffffff') < 4.5)
  })

  it('a theme with a pair under 4.5:1 or a colour not #rrggbb fails', () => {
    const good: BrandTheme = {
      ink: '#000000',
      paper: '#ffffff',
      accent: '#b3261e',
      accentOnInk: '#ffd166',
      muted: '#595959',
    }
    assert.deepEqual(failures(good), [])
    assert.deepEqual(failures({ ...good, muted: '#777777' }).length, 1)
    assert.deepEqual(failures({ ...good, accentOnInk: '#b3261e' }).length, 1)
    assert.match(failures({ ...good, accent: 'red' })[0] ?? '', /not #rrggbb/)
    assert.match(failures({ ...good, accent: '#fff;}body{x:y' })[0] ?? '', /not #rrggbb/)
  })

  it('every whole brand config passes', async () => {
    assert.ok(files.length > 0)
    for (const f of files) {
      const mod = (await import(join(DIR, f))) as Record<string, BrandConfig>
      const configs = Object.values(mod).filter((v) => v && typeof v === 'object' && 'theme' in v)
      assert.equal(configs.length, 1, `${f}: one exported BrandConfig`)
      assert.deepEqual(failures(configs[0]!.theme), [], f)
    }
  })
})
