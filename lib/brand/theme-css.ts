import type { BrandTheme } from '@/config/types'

const HEX = /^#[0-9a-f]{6}$/i

/** The theme's colours as `--brand-*` custom properties, by property name. */
export function themeProperties(theme: BrandTheme): Record<string, string> {
  const properties: Record<string, string> = {
    '--brand-ink': theme.ink,
    '--brand-paper': theme.paper,
    '--brand-accent': theme.accent,
    '--brand-accent-on-ink': theme.accentOnInk,
    '--brand-muted': theme.muted,
  }
  // The values go into a <style> element as they are: anything but a colour is refused, not escaped.
  for (const [name, value] of Object.entries(properties))
    if (!HEX.test(value)) throw new Error(`brand theme: ${name} is ${JSON.stringify(value)}, expected #rrggbb`)
  return properties
}

/** `:root{--brand-ink:…}`, the layout's inline style: app/globals.css reads these properties. */
export function themeCss(theme: BrandTheme): string {
  const declarations = Object.entries(themeProperties(theme)).map(([name, value]) => `${name}:${value}`)
  return `:root{${declarations.join(';')}}`
}
