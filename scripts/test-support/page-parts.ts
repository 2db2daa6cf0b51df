// The parts of an article page that scripts/rebuild-parity.spec.ts compares between a published
// page and the same article after a rebuild.

/** The page's first `<article>` element, whole (nested `<article>`s included), or '' if none. */
export function extractArticle(html: string): string {
  const start = html.search(/<article[\s>]/)
  if (start < 0) return ''
  const tag = /<\/?article[\s>]/g
  tag.lastIndex = start
  let depth = 0
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1
    if (depth === 0) return html.slice(start, html.indexOf('>', m.index) + 1)
  }
  return ''
}

/** Every JSON-LD block of the page, parsed, in page order. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as unknown,
  )
}
