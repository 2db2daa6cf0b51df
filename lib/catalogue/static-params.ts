import { site } from '../../config/site'
import { SECTION_IDS, type SectionId } from '../../config/sections'
import { allArticleDocs } from '../content/source'
import { authorCards, catalogue, sectionCards } from './cache'
import { pageCount } from './pagination'
import { archivePageParams, listPagesLimit, prebuildLimit, selectPrebuilt } from './prebuild'

// What `next build` prerenders: the routes' generateStaticParams, the catalogue filtered by the
// prebuild settings read from the environment (PREBUILD_ARTICLES, PREBUILD_LIST_PAGES: prebuild.ts).

/**
 * The article URLs `next build` prerenders: every one the build knows (scheduled and draft ones
 * too: those render as 404 until their time, or in preview, and revalidate like any page), or with
 * PREBUILD_ARTICLES=N only the newest N public ones plus the unpublished (lib/catalogue/prebuild.ts).
 */
export function getArticleParams(): { section: SectionId; slug: string }[] {
  const { docs, cards } = catalogue()
  const unpublished = allArticleDocs().filter((d) => !docs.has(d.url))
  return selectPrebuilt(
    cards.map((c) => ({ section: c.section.id, slug: c.slug })),
    unpublished.map((d) => ({ section: d.section, slug: d.slug })),
    prebuildLimit(process.env.PREBUILD_ARTICLES),
  )
}

/** Pages 2… of an archive that `next build` prerenders (PREBUILD_LIST_PAGES). */
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
  return [...catalogue().authors.keys()]
}

/** Pages 2…N of every author. */
export function getAuthorPageParams(): { id: string; page: string }[] {
  return [...catalogue().authors.values()].flatMap((a) => {
    const pages = pageCount(authorCards(a).length, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ id: a.id, page }))
  })
}

export function getTagParams(): { tag: string }[] {
  return catalogue().tags.map((t) => ({ tag: t.id }))
}

/** Pages 2…N of every tag. */
export function getTagPageParams(): { tag: string; page: string }[] {
  return catalogue().tags.flatMap((t) => {
    const pages = pageCount(t.count, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ tag: t.id, page }))
  })
}

/** Pages 2…N of the corrections log that are prebuilt. */
export function getCorrectionsPageParams(): { page: string }[] {
  return prebuiltArchivePages(pageCount(catalogue().corrections.length, site.articlesPerPage)).map((page) => ({ page }))
}
