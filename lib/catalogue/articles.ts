import { site } from '../../config/site'
import { SECTION_IDS, type SectionId } from '../../config/sections'
import { readArticleBody } from '../content/bodies'
import type { ArticleMeta } from '../content/meta'
import type { StandardsPage } from '../content/meta'
import { allArticleDocs, authorDocs, standardsPageDocs, visibleArticleDocs } from '../content/source'
import { nextPublication } from '../content/visibility'
import { buildHomeFront, type HomeFront } from './front'
import { pageCount, paginate, type Page } from './pagination'
import { archivePageParams, listPagesLimit, prebuildLimit, selectPrebuilt } from './prebuild'
import { selectRelated } from './related'
import { collectTags, type TagSummary } from './tags'
import {
  byNewest,
  toArticleCard,
  toArticleView,
  toAuthorProfile,
  toCorrectionEntries,
  type ArticleCard,
  type ArticleView,
  type AuthorProfile,
  type CorrectionEntry,
} from './view-models'

// What routes call. Each function returns view models, computed once per server process and again
// whenever a scheduled article's time comes (so it appears without a rebuild, through ISR).

type Content = {
  authors: Map<string, AuthorProfile>
  /** Documents by URL: one lookup per page instead of a scan of the archive. */
  docs: Map<string, ArticleMeta>
  cards: ArticleCard[]
  cardsByUrl: Map<string, ArticleCard>
  tags: TagSummary[]
  /** Every correction and clarification of a public article, newest first. */
  corrections: CorrectionEntry[]
  /** When the public set next changes (the earliest scheduled publication). */
  validUntil: number
}
let cache: Content | undefined

const cardsByUrlOf = (cards: ArticleCard[]) => new Map(cards.map((c) => [c.url, c]))

function content(now = Date.now()): Content {
  if (!cache || now >= cache.validUntil) {
    const authors = cache?.authors ?? new Map(authorDocs().map((d) => [d.id, toAuthorProfile(d)]))
    const visible = visibleArticleDocs(now)
    const cards = visible.map((d) => toArticleCard(d, authors)).sort(byNewest)
    cache = {
      authors,
      docs: new Map(visible.map((d) => [d.url, d])),
      cards,
      cardsByUrl: cardsByUrlOf(cards),
      tags: collectTags(cards),
      corrections: toCorrectionEntries(visible, cardsByUrlOf(cards)),
      validUntil: nextPublication(allArticleDocs(), now),
    }
  }
  return cache
}

/**
 * The article URLs `next build` prerenders: every one the build knows (scheduled and draft ones
 * too: those render as 404 until their time, or in preview, and revalidate like any page), or with
 * PREBUILD_ARTICLES=N only the newest N public ones plus the unpublished (lib/catalogue/prebuild.ts).
 */
export function getArticleParams(): { section: SectionId; slug: string }[] {
  const { docs, cards } = content()
  const unpublished = allArticleDocs().filter((d) => !docs.has(d.url))
  return selectPrebuilt(
    cards.map((c) => ({ section: c.section.id, slug: c.slug })),
    unpublished.map((d) => ({ section: d.section, slug: d.slug })),
    prebuildLimit(process.env.PREBUILD_ARTICLES),
  )
}

function findDoc(section: string, slug: string, preview = false): ArticleMeta | undefined {
  const url = `/${section}/${slug}`
  return content().docs.get(url) ?? (preview ? allArticleDocs().find((d) => d.url === url) : undefined)
}

/** The article at a URL if it is public now (with `preview`, drafts and scheduled ones too), body included. */
export async function getArticle(
  section: string,
  slug: string,
  opts: { preview?: boolean } = {},
): Promise<ArticleView | null> {
  const doc = findDoc(section, slug, opts.preview)
  return doc ? toArticleView(doc, await readArticleBody(doc.slug), content().authors) : null
}

/** The article's card (no body): for metadata and share cards. */
export function getArticleCard(section: string, slug: string, opts: { preview?: boolean } = {}): ArticleCard | null {
  const doc = findDoc(section, slug, opts.preview)
  return doc ? toArticleCard(doc, content().authors) : null
}

/** A public live article's `<Update>` blocks from its file, without reading its body. */
export function getFileUpdates(url: string): ArticleMeta['fileUpdates'] {
  return content().docs.get(url)?.fileUpdates ?? []
}

/** Whether a URL is a public article now (the page-view beacon counts nothing else). */
export function isPublicArticleUrl(url: string): boolean {
  return content().docs.has(url)
}

/** Public articles by URL, newest first, for lists built from other data (most read). */
export function getCardsByUrl(urls: readonly string[]): ArticleCard[] {
  const { cardsByUrl } = content()
  return urls.flatMap((u) => {
    const card = cardsByUrl.get(u)
    return card ? [card] : []
  })
}

export function getLatestCards(limit: number): ArticleCard[] {
  return content().cards.slice(0, limit)
}

export function getRelatedArticles(article: ArticleView): ArticleCard[] {
  return selectRelated(article, content().cards)
}

export function getHomeFront(): HomeFront {
  return buildHomeFront(content().cards)
}

function sectionCards(section: SectionId) {
  return content().cards.filter((a) => a.section.id === section)
}

export function getSectionPage(section: SectionId, page: number): Page<ArticleCard> | null {
  return paginate(sectionCards(section), page, site.articlesPerPage, `/${section}`)
}

/** Pages 2… of an archive that `next build` prerenders (PREBUILD_LIST_PAGES; lib/catalogue/prebuild.ts). */
function prebuiltArchivePages(pages: number): string[] {
  return archivePageParams(pages, listPagesLimit(process.env.PREBUILD_LIST_PAGES))
}

/** Pages 2…N of every section that are prebuilt (page 1 is the section front itself). */
export function getSectionPageParams(): { section: SectionId; page: string }[] {
  return SECTION_IDS.flatMap((section) => {
    const pages = pageCount(sectionCards(section).length, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ section, page }))
  })
}

export function getAuthorIds(): string[] {
  return [...content().authors.keys()]
}

function authorCards(author: AuthorProfile) {
  return content().cards.filter((a) => a.authors.some((b) => b.url === author.url))
}

export function getAuthorPage(id: string, page = 1): { author: AuthorProfile; page: Page<ArticleCard> } | null {
  const author = content().authors.get(id)
  const found = author ? paginate(authorCards(author), page, site.articlesPerPage, author.url) : null
  return author && found ? { author, page: found } : null
}

/** Pages 2…N of every author. */
export function getAuthorPageParams(): { id: string; page: string }[] {
  return [...content().authors.values()].flatMap((a) => {
    const pages = pageCount(authorCards(a).length, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ id: a.id, page }))
  })
}

export function getTagIndex(): TagSummary[] {
  return content().tags
}

function tagCards(id: string) {
  return content().cards.filter((a) => a.tags.some((t) => t.id === id))
}

export function getTagPage(id: string, page: number): { tag: TagSummary; page: Page<ArticleCard> } | null {
  const tag = content().tags.find((t) => t.id === id)
  const found = tag ? paginate(tagCards(id), page, site.articlesPerPage, tag.url) : null
  return tag && found ? { tag, page: found } : null
}

export function getTagParams(): { tag: string }[] {
  return content().tags.map((t) => ({ tag: t.id }))
}

/** Pages 2…N of every tag. */
export function getTagPageParams(): { tag: string; page: string }[] {
  return content().tags.flatMap((t) => {
    const pages = pageCount(t.count, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ tag: t.id, page }))
  })
}

/** Page `page` of the corrections log (/corrections). */
export function getCorrectionsPage(page: number): Page<CorrectionEntry> | null {
  return paginate(content().corrections, page, site.articlesPerPage, '/corrections')
}

/** Pages 2…N of the corrections log that are prebuilt. */
export function getCorrectionsPageParams(): { page: string }[] {
  return prebuiltArchivePages(pageCount(content().corrections.length, site.articlesPerPage)).map((page) => ({ page }))
}

export function getStandardsPage(slug: string): StandardsPage | null {
  return standardsPageDocs().find((p) => p.slug === slug) ?? null
}

export function getStandardsPages(): StandardsPage[] {
  return standardsPageDocs()
}

/** The newest articles, whole, for feeds: only these bodies are read. */
export async function getFeedSources(limit: number, section?: SectionId): Promise<ArticleView[]> {
  const { cards, docs, authors } = content()
  const chosen = cards.filter((c) => !section || c.section.id === section).slice(0, limit)
  return Promise.all(
    chosen.map(async (c) => {
      const doc = docs.get(c.url)!
      return toArticleView(doc, await readArticleBody(doc.slug), authors)
    }),
  )
}

/** Everything the sitemap lists, each with the time it last changed. */
export function getSitemapSources() {
  const { cards, authors, tags, docs } = content()
  // The same rule as dateModified: the latest of `updated` and the corrections (lib/content/schema.ts).
  const lastmod = (c: ArticleCard) => docs.get(c.url)?.modifiedAt || c.publishedAt
  const newestOf = (list: ArticleCard[]) => (list[0] ? lastmod(list[0]) : undefined)
  return {
    articles: cards.map((c) => ({ url: c.url, lastmod: lastmod(c), title: c.title, publishedAt: c.publishedAt })),
    home: newestOf(cards),
    sections: SECTION_IDS.map((id) => ({ url: `/${id}`, lastmod: newestOf(sectionCards(id)) })),
    authors: [...authors.values()].map((a) => ({ url: a.url, lastmod: newestOf(authorCards(a)) })),
    tags: tags.map((t) => ({ url: t.url, lastmod: newestOf(tagCards(t.id)) })),
  }
}
