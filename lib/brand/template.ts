/** Fills a brand string's `{slot}`s (config/brand-strings.ts). A slot without a value stays visible, so a test sees it. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z][a-zA-Z0-9]*)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  )
}
