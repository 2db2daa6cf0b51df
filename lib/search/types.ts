/** One searchable article as stored in the index. */
export type SearchDoc = {
  url: string
  slug: string
  /** Where its plain text is in the packed texts file, for snippets (lib/search/texts.ts). */
  textAt: [number, number]
  title: string
  summary: string
  section: string
  publishedAt: string
  authors: string[]
  tags: string[]
  draft: boolean
}

/** What the index is built from: a document plus its body's plain text, which the index does not keep. */
export type SearchSource = SearchDoc & { text: string }

/** Field bits of a posting: where in the article a term occurs. */
export const FIELD = { title: 1, tags: 2, summary: 4, authors: 8, section: 16, body: 32 } as const

/** Serializable index: sorted terms, and for each the [doc, fieldBits] pairs that contain it. */
export type SearchIndex = {
  version: 1
  docs: SearchDoc[]
  terms: string[]
  postings: [number, number][][]
}
