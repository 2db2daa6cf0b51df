// Plain-text views of an MDX body, computed once at content build time.

const WORDS_PER_MINUTE = 230

/** Strips MDX/Markdown syntax well enough for counting words and writing excerpts. */
export function plainTextFromMdx(mdx: string): string {
  return mdx
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<([A-Z][\w.]*)\b[^>]*?\/>/g, ' ') // self-closing components carry props, not prose
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.|\|)\s?/gm, '')
    .replace(/[|*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function wordCount(mdx: string): number {
  const text = plainTextFromMdx(mdx)
  return text === '' ? 0 : text.split(' ').length
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

/** The first prose paragraph, cut at a word boundary near `max` characters. */
export function excerptFromMdx(mdx: string, max = 200): string {
  // Boxes, quotes and figures are asides: the excerpt comes from the running text around them.
  const prose = mdx.replace(/<([A-Z]\w*)\b[^>]*\/>/g, '').replace(/<([A-Z]\w*)\b[^>]*>[\s\S]*?<\/\1>/g, '')
  const paragraph =
    prose
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p !== '' && /^[A-Za-z0-9"“'‘¡¿(]/.test(p) && !/^(import|export)\s/.test(p)) ?? ''
  const text = plainTextFromMdx(paragraph)
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.\s]+$/, '')}…`
}
