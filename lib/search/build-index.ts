import { searchTokenizer } from './language'
import type { Tokenizer } from './tokenize'
import { FIELD, type SearchDoc, type SearchIndex, type SearchSource } from './types'

/**
 * Builds the inverted index once, at build time, from every article (drafts flagged, not dropped).
 * The body text feeds the postings and is then dropped: the index holds no article text.
 */
export function buildSearchIndex(sources: SearchSource[], tokenizer: Tokenizer = searchTokenizer): SearchIndex {
  const docs: SearchDoc[] = sources.map(({ text, ...doc }) => (void text, doc))
  const map = new Map<string, Map<number, number>>()
  sources.forEach((doc, i) => {
    const fields: [number, string][] = [
      [FIELD.title, doc.title],
      [FIELD.tags, doc.tags.join(' ')],
      [FIELD.summary, doc.summary],
      [FIELD.authors, doc.authors.join(' ')],
      [FIELD.section, doc.section],
      [FIELD.body, doc.text],
    ]
    for (const [bit, text] of fields)
      for (const term of tokenizer.terms(text)) {
        const postings = map.get(term) ?? new Map<number, number>()
        postings.set(i, (postings.get(i) ?? 0) | bit)
        map.set(term, postings)
      }
  })
  const sorted = [...map.keys()].sort()
  return { version: 1, docs, terms: sorted, postings: sorted.map((t) => [...map.get(t)!]) }
}
