import type { Catalogue } from '../catalogue/cache'
import { buildSearchIndex } from './build-index'
import { toSearchSource } from './search-source'
import type { SearchIndex } from './types'

// The articles published since the build are not in the build's search index: a small index of
// their own, built from the rows' plain text when a search first needs it after the view changed
// (milliseconds for tens of rows: lib/search/build-index.ts).

const built = new WeakMap<Catalogue, SearchIndex>()

export function overlaySearchIndex(view: Catalogue): SearchIndex {
  let index = built.get(view)
  if (!index) {
    const authorName = new Map([...view.authors.values()].map((a) => [a.id, a.name]))
    index = buildSearchIndex([...view.published.values()].map((r) => toSearchSource(r.meta, r.searchText, authorName)))
    built.set(view, index)
  }
  return index
}
