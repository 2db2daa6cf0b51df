import { site } from '../../config/site'
import type { SectionId } from '../../config/sections'
import { readArticleBody } from '../content/bodies'
import type { ArticleMeta, StandardsPage } from '../content/meta'
import { allArticleDocs, standardsPageDocs } from '../content/source'
import { authorCards, catalogue, sectionCards, tagCards } from './cache'
import { buildHomeFront, type HomeFront } from './front'
import { paginate, type Page } from './pagination'
import { selectRelated } from './related'
import type { TagSummary } from './tags'
import {
  toArticleCard,
  toArticleView,
  type ArticleCard,
  type ArticleView,
  type AuthorProfile,
  type CorrectionEntry,
} from './view-models'

// What routes call: view models from the catalogue (cache.ts), a page of a list at a time.

function findDoc(section: string, slug: string, preview = false): ArticleMeta | undefined {
  const url = `/${section}/${slug}`
  return catalogue().docs.get(url) ?? (preview ? allArticleDocs().find((d) => d.url === url) : undefined)
}

/** The article at a URL if it is public now (with `preview`, drafts and scheduled ones too), body included. */
export async function getArticle(
  section: string,
  slug: string,
  opts: { preview?: boolean } = {},
): Promise<ArticleView | null> {
  const doc = findDoc(section, slug, opts.preview)
  return doc ? toArticleView(doc, await readArticleBody(doc.slug), catalogue().authors) : null
}

/** The article's card (no body): for metadata and share cards. */
export function getArticleCard(section: string, slug: string, opts: { preview?: boolean } = {}): ArticleCard | null {
  const doc = findDoc(section, slug, opts.preview)
  return doc ? toArticleCard(doc, catalogue().authors) : null
}

/** A public live article's `<Update>` blocks from its file, without reading its body. */
export function getFileUpdates(url: string): ArticleMeta['fileUpdates'] {
  return catalogue().docs.get(url)?.fileUpdates ?? []
}

/** Whether a URL is a public article now (the page-view beacon counts nothing else). */
export function isPublicArticleUrl(url: string): boolean {
  return catalogue().docs.has(url)
}

/** Public articles by URL, newest first, for lists built from other data (most read). */
export function getCardsByUrl(urls: readonly string[]): ArticleCard[] {
  const { cardsByUrl } = catalogue()
  return urls.flatMap((u) => {
    const card = cardsByUrl.get(u)
    return card ? [card] : []
  })
}

export function getLatestCards(limit: number): ArticleCard[] {
  return catalogue().cards.slice(0, limit)
}

export function getRelatedArticles(article: ArticleView): ArticleCard[] {
  return selectRelated(article, catalogue().cards)
}

export function getHomeFront(): HomeFront {
  return buildHomeFront(catalogue().cards)
}

export function getSectionPage(section: SectionId, page: number): Page<ArticleCard> | null {
  return paginate(sectionCards(section), page, site.articlesPerPage, `/${section}`)
}

export function getAuthorPage(id: string, page = 1): { author: AuthorProfile; page: Page<ArticleCard> } | null {
  const author = catalogue().authors.get(id)
  const found = author ? paginate(authorCards(author), page, site.articlesPerPage, author.url) : null
  return author && found ? { author, page: found } : null
}

export function getTagIndex(): TagSummary[] {
  return catalogue().tags
}

export function getTagPage(id: string, page: number): { tag: TagSummary; page: Page<ArticleCard> } | null {
  const tag = catalogue().tags.find((t) => t.id === id)
  const found = tag ? paginate(tagCards(id), page, site.articlesPerPage, tag.url) : null
  return tag && found ? { tag, page: found } : null
}

/** Page `page` of the corrections log (/corrections). */
export function getCorrectionsPage(page: number): Page<CorrectionEntry> | null {
  return paginate(catalogue().corrections, page, site.articlesPerPage, '/corrections')
}

export function getStandardsPage(slug: string): StandardsPage | null {
  return standardsPageDocs().find((p) => p.slug === slug) ?? null
}

export function getStandardsPages(): StandardsPage[] {
  return standardsPageDocs()
}
