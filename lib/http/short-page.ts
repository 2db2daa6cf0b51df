import { site } from '../../config/site'
import { escapeXml } from '../syndication/xml'

// The few pages answered as a string, outside React (the 410 of a withdrawn story, the 429 of
// search, the lite 404): their words are the brand's (config/brand-strings.ts, `errors`).

/** Markup to put in a slot as it is (a link), where every other value is text. */
export type Html = { readonly html: string }

export const htmlLink = (href: string, text: string): Html => ({
  html: `<a href="${escapeXml(href)}">${escapeXml(text)}</a>`,
})

/** fill() (lib/brand/template.ts) for HTML: the template and text values escaped, `Html` values not. */
export function fillHtml(template: string, values: Readonly<Record<string, string | number | Html>>): string {
  // With one capturing group, split() puts each slot's name at the odd indices.
  return template
    .split(/\{([a-z][a-zA-Z0-9]*)\}/g)
    .map((part, i) => {
      if (i % 2 === 0) return escapeXml(part)
      const value = values[part]
      if (value === undefined) return escapeXml(`{${part}}`)
      return typeof value === 'object' ? value.html : escapeXml(String(value))
    })
    .join('')
}

/** A whole page: `<title>` is "{title} · {brand}"; `bodyHtml` is markup (from fillHtml). */
export function shortPageHtml(page: { title: string; heading: string; bodyHtml: string; noindex?: boolean }): string {
  const robots = page.noindex ? '<meta name="robots" content="noindex">' : ''
  return `<!doctype html><html lang="${site.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${robots}<title>${escapeXml(page.title)} · ${escapeXml(site.name)}</title></head><body><main><h1>${escapeXml(page.heading)}</h1><p>${page.bodyHtml}</p></main></body></html>\n`
}
