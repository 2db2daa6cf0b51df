import { site } from '../../config/site'
import { SECTION_IDS, type SectionId } from '../../config/sections'
import { authorCards, currentCatalogue, sectionCards } from './cache'
import { pageCount } from './pagination'
import { archivePageParams, listPagesLimit, prebuildLimit, selectPrebuilt } from './prebuild'

// What `next build` prerenders: the routes' generateStaticParams, the catalogue filtered by the
// prebuild settings read from the environment (PREBUILD_ARTICLES, PREBUILD_LIST_PAGES: prebuild.ts).

/**
 * The article URLs `next build` prerenders: every one the build knows (scheduled and draft ones
 * too: those render as 404 until their time, or in preview, and revalidate like any page), or with
 * PREBUILD_ARTICLES=N only the newest N public ones plus the unpublished (lib/catalogue/prebuild.ts).
 */
export async function getArticleParams(): Promise<{ section: SectionId; slug: string }[]> {
  const { docs, cards, all } = await currentCatalogue()
  const unpublished = all.filter((d) => !docs.has(d.url))
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
export async function getSectionPageParams(): Promise<{ section: SectionId; page: string }[]> {
  const c = await currentCatalogue()
  return SECTION_IDS.flatMap((section) => {
    const pages = pageCount(sectionCards(c, section).length, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ section, page }))
  })
}

export async function getAuthorIds(): Promise<string[]> {
  return [...(await currentCatalogue()).authors.keys()]
}

/** Pages 2…N of every author. */
export async function getAuthorPageParams(): Promise<{ id: string; page: string }[]> {
  const c = await currentCatalogue()
  return [...c.authors.values()].flatMap((a) => {
    const pages = pageCount(authorCards(c, a).length, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ id: a.id, page }))
  })
}

export async function getTagParams(): Promise<{ tag: string }[]> {
  return (await currentCatalogue()).tags.map((t) => ({ tag: t.id }))
}

/** Pages 2…N of every tag. */
export async function getTagPageParams(): Promise<{ tag: string; page: string }[]> {
  return (await currentCatalogue()).tags.flatMap((t) => {
    const pages = pageCount(t.count, site.articlesPerPage)
    return prebuiltArchivePages(pages).map((page) => ({ tag: t.id, page }))
  })
}

/** Pages 2…N of the corrections log that are prebuilt. */
export async function getCorrectionsPageParams(): Promise<{ page: string }[]> {
  return prebuiltArchivePages(pageCount((await currentCatalogue()).corrections.length, site.articlesPerPage)).map(
    (page) => ({ page }),
  )
}
