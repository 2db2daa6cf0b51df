import { site } from '../../config/site'
import type { SectionId } from '../../config/sections'
import { articleBody } from '../content/bodies'
import type { ArticleMeta, StandardsPage } from '../content/meta'
import { standardsPageDocs } from '../content/source'
import { authorCards, currentCatalogue, sectionCards, tagCards, type Catalogue } from './cache'
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

// What routes call: view models from the catalogue (cache.ts), a page of a list at a time. Each
// takes the render's one view (currentCatalogue), so the articles published since the build are
// in every list, consistently within a page.

function findDoc(c: Catalogue, section: string, slug: string, preview = false): ArticleMeta | undefined {
  const url = `/${section}/${slug}`
  return c.docs.get(url) ?? (preview ? c.all.find((d) => d.url === url) : undefined)
}

/** The article at a URL if it is public now (with `preview`, drafts and scheduled ones too), body included. */
export async function getArticle(
  section: string,
  slug: string,
  opts: { preview?: boolean } = {},
): Promise<ArticleView | null> {
  const c = await currentCatalogue()
  const doc = findDoc(c, section, slug, opts.preview)
  return doc ? toArticleView(doc, await articleBody(doc, c.published.get(doc.url)), c.authors) : null
}

/** The article's card (no body): for metadata and share cards. */
export async function getArticleCard(
  section: string,
  slug: string,
  opts: { preview?: boolean } = {},
): Promise<ArticleCard | null> {
  const c = await currentCatalogue()
  const doc = findDoc(c, section, slug, opts.preview)
  return doc ? toArticleCard(doc, c.authors) : null
}

/**
 * What is at an article URL: `public`, `withdrawn` (published and since withdrawn: answered 410,
 * not 404), or `unknown`. Drafts and scheduled articles are `unknown` until their time.
 */
export async function getArticleState(section: string, slug: string): Promise<'public' | 'withdrawn' | 'unknown'> {
  const c = await currentCatalogue()
  const url = `/${section}/${slug}`
  return c.docs.has(url) ? 'public' : c.withdrawn.has(url) ? 'withdrawn' : 'unknown'
}

/** A public live article's `<Update>` blocks from its file, without reading its body. */
export async function getFileUpdates(url: string): Promise<ArticleMeta['fileUpdates']> {
  return (await currentCatalogue()).docs.get(url)?.fileUpdates ?? []
}

/** Whether a URL is a public article now (the page-view beacon counts nothing else). */
export async function isPublicArticleUrl(url: string): Promise<boolean> {
  return (await currentCatalogue()).docs.has(url)
}

/** Public articles by URL, newest first, for lists built from other data (most read). */
export async function getCardsByUrl(urls: readonly string[]): Promise<ArticleCard[]> {
  const { cardsByUrl } = await currentCatalogue()
  return urls.flatMap((u) => {
    const card = cardsByUrl.get(u)
    return card ? [card] : []
  })
}

export async function getLatestCards(limit: number): Promise<ArticleCard[]> {
  return (await currentCatalogue()).cards.slice(0, limit)
}

export async function getRelatedArticles(article: ArticleView): Promise<ArticleCard[]> {
  return selectRelated(article, (await currentCatalogue()).cards)
}

export async function getHomeFront(): Promise<HomeFront> {
  return buildHomeFront((await currentCatalogue()).cards)
}

export async function getSectionPage(section: SectionId, page: number): Promise<Page<ArticleCard> | null> {
  return paginate(sectionCards(await currentCatalogue(), section), page, site.articlesPerPage, `/${section}`)
}

export async function getAuthorPage(
  id: string,
  page = 1,
): Promise<{ author: AuthorProfile; page: Page<ArticleCard> } | null> {
  const c = await currentCatalogue()
  const author = c.authors.get(id)
  const found = author ? paginate(authorCards(c, author), page, site.articlesPerPage, author.url) : null
  return author && found ? { author, page: found } : null
}

export async function getTagIndex(): Promise<TagSummary[]> {
  return (await currentCatalogue()).tags
}

export async function getTagPage(
  id: string,
  page: number,
): Promise<{ tag: TagSummary; page: Page<ArticleCard> } | null> {
  const c = await currentCatalogue()
  const tag = c.tags.find((t) => t.id === id)
  const found = tag ? paginate(tagCards(c, id), page, site.articlesPerPage, tag.url) : null
  return tag && found ? { tag, page: found } : null
}

/** Page `page` of the corrections log (/corrections). */
export async function getCorrectionsPage(page: number): Promise<Page<CorrectionEntry> | null> {
  return paginate((await currentCatalogue()).corrections, page, site.articlesPerPage, '/corrections')
}

export function getStandardsPage(slug: string): StandardsPage | null {
  return standardsPageDocs().find((p) => p.slug === slug) ?? null
}

export function getStandardsPages(): StandardsPage[] {
  return standardsPageDocs()
}
