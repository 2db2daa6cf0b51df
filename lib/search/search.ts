import { currentCatalogue } from '../catalogue/cache'
import { includeUnpublished, searchIndexData, searchTexts } from '../content/source'
import { isPublished } from '../content/visibility'
import { overlaySearchIndex } from './overlay-index'
import { unpackText } from './texts'
import { createTtlCache, searchCacheKey } from './result-cache'
import {
  byRank,
  highlight,
  parseQuery,
  RESULTS_PER_PAGE,
  searchIndex,
  snippet,
  type ParsedQuery,
  type Segment,
} from './query'

type SearchResult = {
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

/** The body text a snippet is cut from, from memory (lib/search/texts.ts); the dek if missing. */
function textFor(doc: { textAt: [number, number]; summary: string }): string {
  try {
    return unpackText(searchTexts(), doc.textAt)
  } catch {
    return doc.summary
  }
}

/** What the search page renders for ?q=…&page=…; never throws on reader input. */
export async function runSearch(
  q: string | string[] | undefined,
  pageParam: string | string[] | undefined,
): Promise<SearchPage> {
  const query = parseQuery(q)
  const requested = Number(Array.isArray(pageParam) ? pageParam[0] : pageParam)
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 1000 ? requested : 1
  if (!query.ok) return { query, total: 0, page: 1, totalPages: 0, results: [] }
  const view = await currentCatalogue()
  // Keyed on the view's version and lifetime too: a publish, or a scheduled story's time, changes
  // the results at once, not after a minute.
  const key = searchCacheKey(query.terms, page, view.version, view.validUntil)
  const cached = resultCache.get(key)
  if (cached) return { query, page, ...cached }
  const now = Date.now()
  const visible = (d: { draft: boolean; publishedAt: string }) => includeUnpublished || isPublished(d, now)
  // The build's index, less the articles published or withdrawn since, plus those published.
  const hits = [
    ...searchIndex(
      searchIndexData(),
      query.terms,
      (d) => visible(d) && !view.published.has(d.url) && !view.withdrawn.has(d.url),
    ),
    ...searchIndex(overlaySearchIndex(view), query.terms, visible),
  ].sort(byRank)
  const totalPages = Math.ceil(hits.length / RESULTS_PER_PAGE)
  const shown = hits.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE)
  const results = shown.map(({ doc }) => ({
    url: doc.url,
    title: highlight(doc.title, query.terms),
    snippet: highlight(snippet(view.published.get(doc.url)?.searchText ?? textFor(doc), query.terms), query.terms),
    section: doc.section,
    publishedAt: doc.publishedAt,
  }))
  const found = { total: hits.length, totalPages, results }
  resultCache.set(key, found)
  return { query, page, ...found }
}

const resultCache = createTtlCache<Pick<SearchPage, 'total' | 'totalPages' | 'results'>>(500, 60_000)
