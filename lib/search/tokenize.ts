import { fold } from './fold'

const WORD = /[\p{L}\p{N}]+/gu

const STOPWORDS = new Set(
  'a an and are as at be but by for from has have he her his in is it its of on or she that the their them they this to was were will with'.split(
    ' ',
  ),
)

/**
 * A light English stemmer: enough that "elections", "elected" and "election" meet, without the
 * surprises of a full Porter stemmer on Spanish names; and Spanish "-ciones" meets "-ción"
 * ("inundaciones", "inundación"). Input is already folded.
 */
export function stem(word: string): string {
  let w = word
  if (w.length <= 3 || /^\d+$/.test(w)) return w
  // Spanish plurals of -ción/-sión words (folded: -cion), common in Mexican names and quotes.
  if (/[cs]iones$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (/(?:x|ch|sh|ss|z|[^aeiou]us)es$/.test(w))
    w = w.slice(0, -2) // boxes, buses; not houses
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3)
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2)
  // "stopped" → "stopp" → "stop"; but keep "sell", "pass", "buzz".
  if (w !== word && /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1)
  return w
}

/** Folded words of a text, in order. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? []
}

/** Index terms of a text: folded, stemmed, stopwords kept out. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem)
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word)
}

/** Words of the original text with their positions, for highlighting in snippets. */
export function wordSpans(text: string): { start: number; end: number; folded: string }[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }))
}

/** A word of a text, where it is, and folded. */
export type WordSpan = { start: number; end: number; word: string; folded: string }

/** How one language turns text into index terms and a reader's query into query terms. */
export type Tokenizer = {
  /** Index terms of a text. */
  terms(text: string): string[]
  /** Query terms of what a reader typed, in order: stopwords dropped unless they are all there is. */
  queryTerms(text: string): string[]
  /** Whether a folded word is too common to search for. */
  isStopword(folded: string): boolean
  /** Words of the original text, for marking matches in titles and snippets. */
  wordSpans(text: string): WordSpan[]
  /** Whether a word of the text matches a query term, as the index would (stem or prefix). */
  matches(word: WordSpan, terms: string[]): boolean
}

/** English (the-news): the functions above, unchanged. */
export const english: Tokenizer = {
  terms,
  queryTerms(text) {
    const all = words(text)
    const meaningful = all.filter((w) => !isStopword(w))
    return (meaningful.length ? meaningful : all).map(stem)
  },
  isStopword,
  wordSpans: (text) => wordSpans(text).map((w) => ({ ...w, word: text.slice(w.start, w.end) })),
  matches: ({ folded }, terms) => terms.some((t) => stem(folded).startsWith(t) || folded.startsWith(t)),
}
