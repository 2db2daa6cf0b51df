import { site } from '../config/site'
import { SECTION_IDS, type SectionId } from '../config/sections'
import { authorDocs, visibleArticleDocs } from './content/source'
import { buildHomeFront, type HomeFront } from './front'
import { pageCount, paginate, type Page } from './pagination'
import { selectRelated } from './related'
import {
  byNewest,
  toArticleCard,
  toArticleView,
  toAuthorProfile,
  type ArticleCard,
  type ArticleView,
  type AuthorProfile,
} from './view-models'

// What routes call. Each function returns view models; computed once per server process.

let cache: { authors: Map<string, AuthorProfile>; cards: ArticleCard[] } | undefined

function content() {
  if (!cache) {
    const authors = new Map(authorDocs().map((d) => [d.id, toAuthorProfile(d)]))
    const cards = visibleArticleDocs()
      .map((d) => toArticleCard(d, authors))
      .sort(byNewest)
    cache = { authors, cards }
  }
  return cache
}

export function getArticleParams(): { section: SectionId; slug: string }[] {
  return content().cards.map((a) => ({ section: a.section.id, slug: a.slug }))
}

export function getArticle(section: string, slug: string): ArticleView | null {
  const doc = visibleArticleDocs().find((d) => d.slug === slug && d.section === section)
  return doc ? toArticleView(doc, content().authors) : null
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

/** Pages 2…N of every section (page 1 is the section front itself). */
export function getSectionPageParams(): { section: SectionId; page: string }[] {
  return SECTION_IDS.flatMap((section) => {
    const pages = pageCount(sectionCards(section).length, site.articlesPerPage)
    return Array.from({ length: pages - 1 }, (_, i) => ({ section, page: String(i + 2) }))
  })
}

export function getAuthorIds(): string[] {
  return [...content().authors.keys()]
}

export function getAuthorPage(id: string): { author: AuthorProfile; articles: ArticleCard[] } | null {
  const author = content().authors.get(id)
  if (!author) return null
  return { author, articles: content().cards.filter((a) => a.authors.some((b) => b.url === author.url)) }
}
