import { icon, wordmark } from '../../.brand/brand'
import { site } from '@/config/site'
import type { BrandTheme } from '@/config/types'
import { themeProperties } from './theme-css'

// The brand's drawings (config/brands/{id}.wordmark.svg and .icon.svg, scripts/make-brand-marks.ts),
// bundled by scripts/select-brand.mjs. Their colours are `currentColor` and `var(--brand-*)` tokens.

/** The tokens replaced by the theme's colours (never left to the browser: var() in an SVG attribute is not portable). */
function paint(svg: string, theme: BrandTheme, current: string | null): string {
  let out = svg
  for (const [name, value] of Object.entries(themeProperties(theme))) out = out.replaceAll(`var(${name})`, value)
  return current === null ? out : out.replaceAll('currentColor', current)
}

/**
 * The wordmark for inline use (components/Masthead.tsx): its viewBox and inner markup, brand tokens
 * as colours, `currentColor` left to follow the link's colour.
 */
export function inlineWordmark(theme: BrandTheme = site.theme): { viewBox: string; markup: string } {
  const svg = paint(wordmark, theme, null)
  const match = /^<svg\b[^>]*\bviewBox="([^"]+)"[^>]*>([\s\S]*)<\/svg>$/.exec(svg.trim())
  if (!match) throw new Error('config/brands wordmark: expected one <svg viewBox="…">…</svg>')
  return { viewBox: match[1]!, markup: match[2]! }
}

/** The wordmark as a file of its own, ink for `currentColor` (the publisher logo, app/logo.png). */
export function standaloneWordmark(theme: BrandTheme = site.theme): string {
  return paint(wordmark, theme, theme.ink)
}

/** The brand's icon as served (app/icon.svg). */
export function standaloneIcon(theme: BrandTheme = site.theme): string {
  return paint(icon, theme, theme.ink)
}
