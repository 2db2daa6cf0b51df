import { escapeXml } from './xml'

export type SitemapEntry = { url: string; lastmod?: string }
type NewsEntry = { url: string; title: string; publishedAt: string }

/** The protocol's limit of URLs per sitemap file. */
const SITEMAP_MAX_URLS = 50_000
/** Google News reads at most 1,000 articles, published in the last two days. */
export const NEWS_MAX_URLS = 1_000
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

export function buildUrlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `  <url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}</url>`,
  )
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function buildSitemapIndex(parts: readonly SitemapEntry[]): string {
  const items = parts.map(
    (p) =>
      `  <sitemap><loc>${escapeXml(p.url)}</loc>${p.lastmod ? `<lastmod>${escapeXml(p.lastmod)}</lastmod>` : ''}</sitemap>`,
  )
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`
}

/** Splits entries into sitemap files of at most `max` URLs each (always at least one file). */
export function splitSitemap<T>(entries: readonly T[], max = SITEMAP_MAX_URLS): T[][] {
  const parts: T[][] = []
  for (let i = 0; i < entries.length; i += max) parts.push(entries.slice(i, i + max))
  return parts.length ? parts : [[]]
}

/** The newest of some ISO instants, for a sitemap file's own lastmod. */
export function newest(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)
}

/** Articles eligible for Google News: published in the last two days, newest first, at most 1,000. */
export function selectNewsEntries<T extends NewsEntry>(articles: readonly T[], now: number): T[] {
  return articles
    .filter((a) => {
      const t = Date.parse(a.publishedAt)
      return t <= now && now - t <= NEWS_WINDOW_MS
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, NEWS_MAX_URLS)
}

export function buildNewsSitemap(
  entries: readonly (NewsEntry & { publicationDate: string })[],
  publication: { name: string; language: string },
): string {
  const urls = entries.map(
    (e) =>
      `  <url><loc>${escapeXml(e.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name>` +
      `<news:language>${escapeXml(publication.language)}</news:language></news:publication>` +
      `<news:publication_date>${escapeXml(e.publicationDate)}</news:publication_date>` +
      `<news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
  )
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`
}
