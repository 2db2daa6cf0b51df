import index from 'contentlayer/search'
import { includeUnpublished } from '../content/source'
import { isPublished } from '../content/visibility'
import { highlight, parseQuery, RESULTS_PER_PAGE, searchIndex, snippet, type ParsedQuery, type Segment } from './query'

export type SearchResult = {
  url: string
  title: Segment[]
  snippet: Segment[]
  section: string
  publishedAt: string
}

export type SearchPage = {
  query: ParsedQuery
  total: number
  page: number
  totalPages: number
  results: SearchResult[]
}

/** What the search page renders for ?q=…&page=…; never throws on reader input. */
export function runSearch(q: string | string[] | undefined, pageParam: string | string[] | undefined): SearchPage {
  const query = parseQuery(q)
  const requested = Number(Array.isArray(pageParam) ? pageParam[0] : pageParam)
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 1000 ? requested : 1
  if (!query.ok) return { query, total: 0, page: 1, totalPages: 0, results: [] }
  const now = Date.now()
  const hits = searchIndex(index, query.terms, (d) => includeUnpublished || isPublished(d, now))
  const totalPages = Math.ceil(hits.length / RESULTS_PER_PAGE)
  const results = hits.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE).map(({ doc }) => ({
    url: doc.url,
    title: highlight(doc.title, query.terms),
    snippet: highlight(snippet(doc.text, query.terms), query.terms),
    section: doc.section,
    publishedAt: doc.publishedAt,
  }))
  return { query, total: hits.length, page, totalPages, results }
}
