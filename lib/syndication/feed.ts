import { fill } from '../brand/template'
import { cdata, escapeXml } from './xml'

export type FeedItem = {
  title: string
  url: string
  summary: string
  html: string
  publishedAt: string
  /** The latest of `updated` and the corrections, when there is one (lib/content/schema.ts, modifiedAt). */
  modifiedAt?: string
  authors: string[]
  categories: string[]
  image?: { url: string; type: string; length: number; alt: string; credit?: string }
}

export type FeedChannel = {
  title: string
  link: string
  selfUrl: string
  description: string
  language: string
  imageUrl: string
  /** An item's authors (dc:creator), in the brand's words: `{names}` (comma-separated), `{last}`. */
  authorsList: string
}

const rfc822 = (iso: string) => new Date(iso).toUTCString()

function joinNames(names: string[], template: string): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : fill(template, { names: names.slice(0, -1).join(', '), last: names.at(-1)! })
}

function item(i: FeedItem, authorsList: string): string {
  const lines = [
    `<title>${escapeXml(i.title)}</title>`,
    `<link>${escapeXml(i.url)}</link>`,
    `<guid isPermaLink="true">${escapeXml(i.url)}</guid>`,
    `<pubDate>${rfc822(i.publishedAt)}</pubDate>`,
    `<description>${escapeXml(i.summary)}</description>`,
    `<dc:creator>${escapeXml(joinNames(i.authors, authorsList))}</dc:creator>`,
    ...i.categories.map((c) => `<category>${escapeXml(c)}</category>`),
    `<content:encoded>${cdata(i.html)}</content:encoded>`,
  ]
  if (i.image) {
    const { url, type, length, alt, credit } = i.image
    lines.push(
      `<enclosure url="${escapeXml(url)}" length="${length}" type="${escapeXml(type)}"/>`,
      `<media:content url="${escapeXml(url)}" medium="image" type="${escapeXml(type)}">` +
        `<media:description>${escapeXml(alt)}</media:description>` +
        (credit ? `<media:credit>${escapeXml(credit)}</media:credit>` : '') +
        `</media:content>`,
    )
  }
  return `<item>\n      ${lines.join('\n      ')}\n    </item>`
}

/** RSS 2.0 with full article HTML (content:encoded), authors (dc:creator) and lead images. */
export function buildRss(channel: FeedChannel, items: FeedItem[]): string {
  // The channel changed when its newest change happened: a publication, an update or a correction.
  const lastBuild =
    items
      .map((i) => i.modifiedAt ?? i.publishedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString()
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${escapeXml(channel.language)}</language>
    <lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
    <image><url>${escapeXml(channel.imageUrl)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link></image>
    ${items.map((i) => item(i, channel.authorsList)).join('\n    ')}
  </channel>
</rss>
`
}
