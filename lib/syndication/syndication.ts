import { statSync } from 'node:fs'
import { join } from 'node:path'
import { getSection, type SectionId } from '../../config/sections'
import { site } from '../../config/site'
import { getFeedSources, getSitemapSources } from '../catalogue/syndication-sources'
import { toZonedIso } from '../dates'
import { buildRss, type FeedItem } from './feed'
import { articleFeedHtml } from './feed-html'
import { getLiveView } from '../live/view'
import { getDatabase } from '../db/database'
import { storedImageInfo } from '../publish/image-store'
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlset,
  newest,
  selectNewsEntries,
  splitSitemap,
  type SitemapEntry,
} from './sitemap'
import { absoluteUrl } from '../seo/urls'

// Feeds and sitemaps as XML strings; route handlers only wrap them in a Response. They run at
// build time and on revalidation (the routes are static), so reading image sizes from public/ is
// safe here; an image published with an article (lib/publish/image-store.ts) is not in public/,
// so its size comes from the database.

const FEED_SIZE = 50
const abs = (path: string) => absoluteUrl(site.url, path)

function imageType(src: string): string {
  const ext = src.split('.').pop()?.toLowerCase()
  return ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : ext === 'avif' ? 'image/avif' : 'image/jpeg'
}

function fileSize(src: string): number {
  try {
    return statSync(join(process.cwd(), 'public', src)).size
  } catch {
    return 0
  }
}

/** Bytes of each lead image: public/'s file, else the published image's row, else 0 (unknown). */
async function imageSizes(srcs: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map(srcs.map((src) => [src, fileSize(src)]))
  const published = srcs.filter((src) => sizes.get(src) === 0)
  if (published.length > 0) {
    // Without the database the feed still renders; the enclosure says 0 (RSS: "unknown").
    const stored = await getDatabase()
      .then((db) => storedImageInfo(db, published))
      .catch(() => new Map<string, { size: number }>())
    for (const [src, info] of stored) sizes.set(src, info.size)
  }
  return sizes
}

export async function rssFeed(section?: SectionId): Promise<string> {
  const sources = await getFeedSources(FEED_SIZE, section)
  const sizes = await imageSizes(sources.flatMap((a) => (a.image ? [a.image.src] : [])))
  const items: FeedItem[] = await Promise.all(
    sources.map(async (article) => ({
      title: article.title,
      url: abs(article.url),
      summary: article.summary,
      // What the page shows below its header, rendered by the page's components (lib/syndication/feed-html.tsx):
      // corrections first, the body, a live article's updates as its page lists them, clarifications.
      html: articleFeedHtml(article, article.type.id === 'live' ? await getLiveView(article) : null, abs(article.url)),
      publishedAt: article.publishedAt,
      ...(article.updatedAt ? { modifiedAt: article.updatedAt } : {}),
      authors: article.authors.map((a) => a.name),
      categories: [article.section.label, ...article.tags.map((t) => t.label)],
      ...(article.image
        ? {
            image: {
              url: abs(article.image.src),
              type: imageType(article.image.src),
              length: sizes.get(article.image.src) ?? 0,
              alt: article.image.alt,
              ...(article.image.credit ? { credit: article.image.credit } : {}),
            },
          }
        : {}),
    })),
  )
  const label = section ? getSection(section).label : undefined
  return buildRss(
    {
      title: label ? `${site.name}: ${label}` : site.name,
      link: abs(section ? `/${section}` : '/'),
      selfUrl: abs(section ? `/${section}/feed.xml` : '/feed.xml'),
      description: label ? getSection(section!).description : site.description,
      // RSS's code ("es-mx"), not <html lang> ("es-MX").
      language: site.rssLanguage,
      imageUrl: abs('/logo.png'),
    },
    items,
  )
}

async function allSitemapEntries(): Promise<SitemapEntry[]> {
  const s = await getSitemapSources()
  return [
    { url: abs('/'), lastmod: s.home },
    ...s.sections.map((x) => ({ url: abs(x.url), lastmod: x.lastmod })),
    ...s.articles.map((x) => ({ url: abs(x.url), lastmod: x.lastmod })),
    ...s.authors.map((x) => ({ url: abs(x.url), lastmod: x.lastmod })),
    { url: abs('/tags'), lastmod: s.home },
    ...s.tags.map((x) => ({ url: abs(x.url), lastmod: x.lastmod })),
  ].map((e) => (e.lastmod ? { url: e.url, lastmod: toZonedIso(new Date(e.lastmod)) } : { url: e.url }))
}

const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`

export async function sitemapPartCount(): Promise<number> {
  return splitSitemap(await allSitemapEntries()).length
}

/** /sitemap.xml: the URLs themselves, or an index of parts once past 50,000 URLs. */
export async function sitemapXml(): Promise<string> {
  const parts = splitSitemap(await allSitemapEntries())
  if (parts.length === 1) return buildUrlset(parts[0]!)
  return buildSitemapIndex(
    parts.map((p, i) => {
      const lastmod = newest(p.map((e) => e.lastmod))
      return { url: abs(sitemapPartPath(i + 1)), ...(lastmod ? { lastmod } : {}) }
    }),
  )
}

/** One part of a split sitemap, numbered from 1; null past the last. */
export async function sitemapPartXml(n: number): Promise<string | null> {
  const part = splitSitemap(await allSitemapEntries())[n - 1]
  return part ? buildUrlset(part) : null
}

export async function newsSitemapXml(now = Date.now()): Promise<string> {
  const entries = selectNewsEntries((await getSitemapSources()).articles, now).map((a) => ({
    url: abs(a.url),
    title: a.title,
    publishedAt: a.publishedAt,
    publicationDate: toZonedIso(new Date(a.publishedAt)),
  }))
  return buildNewsSitemap(entries, { name: site.name, language: site.newsLanguage })
}

export const xmlResponse = (body: string, type = 'application/xml') =>
  new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } })
