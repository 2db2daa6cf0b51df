import { isSectionId, type SectionId } from '../../config/sections'
import { site } from '../../config/site'
import { authorCards, sectionCards, tagCards, type Catalogue } from '../catalogue/cache'
import { pageCount, parseArchivePage } from '../catalogue/pagination'
import { getStandardsPage } from '../catalogue/queries'

// Which URLs of the dynamic routes name something that exists, decided before Next renders them
// (proxy.ts). Two reasons, docs/decisions/0016-unknown-urls-answered-before-rendering.md:
// - an ISR route that calls notFound() while rendering on demand answers Next 16's empty error
//   shell (<html id="__next_error__">, the page only in the RSC payload): a blank page without
//   JavaScript, on `next start` and on the serverless function alike;
// - every such render is written to the ISR cache, so random URLs fill the disk.
// Unknown URLs are instead answered by the prerendered 404 page, which costs nothing to store.

/** What the check asks of the content: the same rules the pages' queries apply (lib/catalogue/queries.ts). */
export type ContentLookups = {
  /** Any article the build has at this URL, drafts and scheduled ones included. */
  hasArticle: (section: SectionId, slug: string) => boolean
  hasSectionPage: (section: SectionId, page: number) => boolean
  hasTagPage: (tag: string, page: number) => boolean
  hasAuthorPage: (id: string, page: number) => boolean
  hasCorrectionsPage: (page: number) => boolean
  hasStandardsPage: (slug: string) => boolean
  /** A live article (type: live), which alone has pages of older updates. */
  isLiveArticle: (section: SectionId, slug: string) => boolean
}

/** The lookups over one view of the articles (the proxy takes the request's: currentCatalogue()). */
export function contentLookups(c: Catalogue): ContentLookups {
  // Public ones by URL; a scan only for the rest (drafts, scheduled, or nothing).
  const article = (section: SectionId, slug: string, url = `/${section}/${slug}`) =>
    c.docs.get(url) ?? c.all.find((d) => d.url === url)
  const within = (count: number, page: number) => page >= 1 && page <= pageCount(count, site.articlesPerPage)
  return {
    hasArticle: (section, slug) => article(section, slug) !== undefined,
    hasSectionPage: (section, page) => within(sectionCards(c, section).length, page),
    hasTagPage: (tag, page) => c.tags.some((t) => t.id === tag) && within(tagCards(c, tag).length, page),
    hasAuthorPage: (id, page) => {
      const author = c.authors.get(id)
      return author !== undefined && within(authorCards(c, author).length, page)
    },
    hasCorrectionsPage: (page) => within(c.corrections.length, page),
    hasStandardsPage: (slug) => getStandardsPage(slug) !== null,
    isLiveArticle: (section, slug) => article(section, slug)?.articleType === 'live',
  }
}

/** More pages of older updates than any live story will have: a bound on what can be cached. */
const MAX_UPDATE_PAGES = 1000

/**
 * Top-level route folders of app/ that are not sections, and the folders of public/ (the proxy
 * sees requests for public files too): their own routes, or the file server, decide.
 */
export const OTHER_ROUTES = new Set([
  'api',
  'about',
  'newsletter',
  'search',
  'sitemaps',
  'tags',
  'authors',
  'og',
  'images',
  'renditions',
  'corrections',
  'lite',
])

/**
 * Whether a request path names something that exists: `pass` lets Next route it (as it does every
 * route this module does not know), `not-found` is answered with the 404 page. Drafts and
 * scheduled articles pass: their pages answer 404 until their time (or render in preview), from
 * entries the build made, and a 404 served here would be cached for a year in front (the
 * prerendered 404 page's `s-maxage`) while a scheduled page must appear within the minute.
 */
export function knownPath(pathname: string, lookups: ContentLookups): 'pass' | 'not-found' {
  const { hasArticle, hasSectionPage, hasTagPage, hasAuthorPage, hasCorrectionsPage, hasStandardsPage, isLiveArticle } =
    lookups
  let segments: string[]
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return 'not-found' // malformed percent-encoding names nothing here
  }
  const [first, second, third, fourth, ...rest] = segments
  if (first === undefined || second === undefined) return 'pass' // home and one-segment routes: static or closed lists
  if (isSectionId(first)) {
    // A live article's older updates: /{section}/{slug}/updates/{n} (the page 404s past the last).
    if (third === 'updates' && fourth !== undefined && !rest.length) {
      const n = parseArchivePage(fourth)
      return n && n <= MAX_UPDATE_PAGES && isLiveArticle(first, second) ? 'pass' : 'not-found'
    }
    if (fourth !== undefined) return 'not-found'
    if (second === 'feed.xml' && third === undefined) return 'pass'
    if (second === 'page') {
      const n = third === undefined ? null : parseArchivePage(third)
      return n && hasSectionPage(first, n) ? 'pass' : 'not-found'
    }
    return third === undefined && hasArticle(first, second) ? 'pass' : 'not-found'
  }
  if (!OTHER_ROUTES.has(first)) return 'not-found'
  if (first === 'tags' || first === 'authors') {
    let n: number | null = 1
    if (third !== undefined)
      n = third === 'page' && fourth !== undefined && !rest.length ? parseArchivePage(fourth) : null
    if (!n) return 'not-found'
    return (first === 'tags' ? hasTagPage(second, n) : hasAuthorPage(second, n)) ? 'pass' : 'not-found'
  }
  if (first === 'about') return third === undefined && hasStandardsPage(second) ? 'pass' : 'not-found'
  if (first === 'corrections') {
    const n = second === 'page' && third !== undefined && fourth === undefined ? parseArchivePage(third) : null
    return n && hasCorrectionsPage(n) ? 'pass' : 'not-found'
  }
  if (first === 'lite') {
    if (fourth !== undefined || third === undefined || !isSectionId(second)) return 'not-found'
    return hasArticle(second, third) ? 'pass' : 'not-found'
  }
  if (first === 'og') {
    if (second === 'default.png' && third === undefined) return 'pass'
    const slug = third?.endsWith('.png') && fourth === undefined ? third.slice(0, -'.png'.length) : undefined
    return slug && isSectionId(second) && hasArticle(second, slug) ? 'pass' : 'not-found'
  }
  return 'pass'
}
