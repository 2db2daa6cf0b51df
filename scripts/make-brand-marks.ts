// Draws each brand's wordmark and icon (config/brands/{id}.wordmark.svg, {id}.icon.svg): our own
// plain geometric capitals, strokes on a grid, not any outlet's real logo and not a font (the marks
// must draw the same in a browser, in sharp and in the share-card renderer, none of which share
// fonts). Colours are `currentColor` and the `var(--brand-*)` tokens, filled in by whoever draws
// the file (lib/brand/marks.ts). Deterministic; the files are committed: run
// `npx tsx scripts/make-brand-marks.ts` after changing a drawing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Stroke width, and the centre line's top, middle and bottom on a 40-unit cap height. */
const S = 7
const T = S / 2
const B = 40 - S / 2
const M = 20
/** Space between two letters' strokes, and a word space. */
const GAP = 5
const SPACE = 14

type Glyph = { w: number; d: string; join?: 'bevel'; fill?: string }
const r = (b: number, t: number) => (b - t) / 4

// Each glyph in its own centre-line box from x = 0 to w.
const GLYPHS: Record<string, Glyph> = {
  A: { w: 26, d: `M0 ${B}L13 ${T}L26 ${B}M4.14 26H21.86`, join: 'bevel' },
  C: { w: 26, d: `M26 ${T}H10A10 10 0 0 0 0 ${T + 10}V${B - 10}A10 10 0 0 0 10 ${B}H26` },
  D: { w: 24.5, d: `M0 ${T}H8A16.5 16.5 0 0 1 8 ${B}H0Z` },
  E: { w: 20, d: `M20 ${T}H0V${B}H20M0 ${M}H16` },
  H: { w: 24, d: `M0 ${T}V${B}M24 ${T}V${B}M0 ${M}H24` },
  I: { w: 0, d: `M0 ${T}V${B}` },
  L: { w: 20, d: `M0 ${T}V${B}H20` },
  N: { w: 24, d: `M0 ${B}V${T}L24 ${B}V${T}`, join: 'bevel' },
  O: {
    w: 28,
    d: `M10 ${T}H18A10 10 0 0 1 28 ${T + 10}V${B - 10}A10 10 0 0 1 18 ${B}H10A10 10 0 0 1 0 ${B - 10}V${T + 10}A10 10 0 0 1 10 ${T}Z`,
  },
  P: { w: 22, d: `M0 ${B}V${T}H13.75A8.25 8.25 0 0 1 13.75 ${M}H0` },
  Q: {
    w: 28,
    d: `M10 ${T}H18A10 10 0 0 1 28 ${T + 10}V${B - 10}A10 10 0 0 1 18 ${B}H10A10 10 0 0 1 0 ${B - 10}V${T + 10}A10 10 0 0 1 10 ${T}ZM16 25L27 36`,
  },
  R: { w: 22, d: `M0 ${B}V${T}H13.75A8.25 8.25 0 0 1 13.75 ${M}H0M11 ${M}L22 ${B}` },
  S: {
    w: 22,
    d: `M22 ${T}H${r(B, T)}A${r(B, T)} ${r(B, T)} 0 0 0 ${r(B, T)} ${M}H${22 - r(B, T)}A${r(B, T)} ${r(B, T)} 0 0 1 ${22 - r(B, T)} ${B}H0`,
  },
  T: { w: 24, d: `M0 ${T}H24M12 ${T}V${B}` },
  U: { w: 24, d: `M0 ${T}V${B - 12}A12 12 0 0 0 24 ${B - 12}V${T}` },
  W: { w: 36, d: `M0 ${T}L8 ${B}L18 12L28 ${B}L36 ${T}`, join: 'bevel' },
}

const n = (v: number) => String(Math.round(v * 100) / 100)
const shift = (d: string, dx: number) =>
  // Moves a path right by dx: only absolute M, L, H and arc end points carry x coordinates here.
  d.replace(/([MLHA])([^MLHAVZ]+)/g, (_, cmd: string, args: string) => {
    const v = args
      .trim()
      .split(/[\s,]+/)
      .map(Number)
    if (cmd === 'H') return `H${n(v[0]! + dx)}`
    if (cmd === 'A') return `A${v.slice(0, 5).map(n).join(' ')} ${n(v[5]! + dx)} ${n(v[6]!)}`
    return `${cmd}${n(v[0]! + dx)} ${n(v[1]!)}`
  })

/** A line of capitals as paths, its strokes' left edge at 0; `tracking` adds space between letters. */
function line(text: string, tracking = 0): { width: number; paths: string[]; base: number } {
  const paths: string[] = []
  let x = T
  let last = 0
  for (const ch of text) {
    if (ch === ' ') {
      x += SPACE - GAP + tracking
      continue
    }
    const letter = ch === 'É' ? 'E' : ch
    const g = GLYPHS[letter]
    if (!g) throw new Error(`no glyph for ${ch}`)
    const join = g.join ? ` stroke-linejoin="${g.join}"` : ''
    paths.push(`<path d="${shift(g.d, x)}"${join}/>`)
    // The acute accent: a slanted block over the E's middle, above the cap height.
    if (ch === 'É') paths.push(`<path d="${shift('M7 -3L13 -11H19L12 -3Z', x)}" fill="currentColor" stroke="none"/>`)
    last = x + g.w + T
    x += g.w + S + GAP + tracking
  }
  return { width: last, paths, base: T }
}
const natural = (text: string) => line(text).width
const letters = (text: string) => [...text].length

const svg = (width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}"><g fill="none" stroke="currentColor" stroke-width="${S}">${body}</g></svg>\n`

/** One line of capitals, the words in `colours` order (currentColor or a brand token). */
function oneLine(words: { text: string; colour: string }[]): string {
  let x = 0
  const parts: string[] = []
  for (const w of words) {
    const l = line(w.text)
    const colour = w.colour === 'currentColor' ? '' : ` stroke="${w.colour}"`
    parts.push(`<g transform="translate(${n(x)} 0)"${colour}>${l.paths.join('')}</g>`)
    x += l.width + SPACE
  }
  return svg(x - SPACE, 40, parts.join(''))
}

/**
 * A name over a smaller second line, spaced out to the same width, with a rule of the accent
 * between them: above it, or `ruleFirst`, over the name.
 */
function twoLines(top: string, bottom: string, { ruleFirst = false } = {}): string {
  const width = natural(top)
  const scale = 0.42
  const spare = width / scale - natural(bottom)
  const small = line(bottom, spare / (letters(bottom) - 1))
  const rule = (y: number) =>
    `<rect x="0" y="${y}" width="${n(width)}" height="4" fill="var(--brand-accent)" stroke="none"/>`
  // Room above the small line for an accent mark (É): 11 units at its scale.
  const headroom = /É/.test(bottom) ? 11 * scale : 0
  if (ruleFirst) {
    const bottomY = 10 + 40 + 8 + headroom
    return svg(
      width,
      bottomY + 40 * scale,
      `${rule(0)}<g transform="translate(0 10)">${line(top).paths.join('')}</g><g transform="translate(0 ${n(bottomY)}) scale(${scale})">${small.paths.join('')}</g>`,
    )
  }
  const bottomY = 40 + 7 + 4 + 7 + headroom
  return svg(
    width,
    bottomY + 40 * scale,
    `${line(top).paths.join('')}${rule(47)}<g transform="translate(0 ${n(bottomY)}) scale(${scale})">${small.paths.join('')}</g>`,
  )
}

/** The icon: the brand's initial in paper on an ink square, as app/icon.svg drew The News's N. */
function icon(initial: string): string {
  const g = GLYPHS[initial]
  if (!g) throw new Error(`no glyph for ${initial}`)
  const scale = 0.95
  const x = (64 - (g.w + S) * scale) / 2 + T * scale
  const y = (64 - 40 * scale) / 2
  const join = g.join ? ` stroke-linejoin="${g.join}"` : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="var(--brand-ink)"/><path transform="translate(${n(x)} ${n(y)}) scale(${scale})" d="${g.d}" fill="none" stroke="var(--brand-paper)" stroke-width="${S}"${join}/></svg>\n`
}

const MARKS: { id: string; wordmark: string; initial: string }[] = [
  {
    id: 'the-news',
    wordmark: oneLine([
      { text: 'THE', colour: 'var(--brand-accent)' },
      { text: 'NEWS', colour: 'currentColor' },
    ]),
    initial: 'N',
  },
  { id: 'estadio-deportes', wordmark: twoLines('ESTADIO', 'DEPORTES'), initial: 'E' },
  { id: 'capital-queretaro', wordmark: twoLines('CAPITAL', 'QUERÉTARO', { ruleFirst: true }), initial: 'C' },
]

const dir = join(import.meta.dirname, '..', 'config', 'brands')
for (const m of MARKS) {
  writeFileSync(join(dir, `${m.id}.wordmark.svg`), m.wordmark)
  writeFileSync(join(dir, `${m.id}.icon.svg`), icon(m.initial))
  console.log(`config/brands/${m.id}.wordmark.svg, ${m.id}.icon.svg`)
}
