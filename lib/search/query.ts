import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { isStopword, stem, wordSpans, words } from './tokenize'
import { FIELD, type SearchDoc, type SearchIndex } from './types'

export const MAX_QUERY_LENGTH = 200
const MAX_QUERY_TERMS = 10
export const RESULTS_PER_PAGE = 10

export type ParsedQuery =
  | { ok: true; text: string; terms: string[] }
  | { ok: false; reason: 'empty' | 'too-long' | 'no-words'; text: string; message: string }

/** Checks what a reader typed. Every rejection comes with a sentence to show them (t.search). */
export function parseQuery(raw: string | string[] | undefined): ParsedQuery {
  const text = (Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')).trim()
  if (text === '') return { ok: false, reason: 'empty', text, message: t.search.empty }
  if (text.length > MAX_QUERY_LENGTH)
    return {
      ok: false,
      reason: 'too-long',
      text: text.slice(0, MAX_QUERY_LENGTH),
      message: fill(t.search.tooLong, { max: MAX_QUERY_LENGTH, length: text.length }),
    }
  const all = words(text)
  const meaningful = all.filter((w) => !isStopword(w))
  const chosen = (meaningful.length ? meaningful : all).slice(0, MAX_QUERY_TERMS).map(stem)
  if (chosen.length === 0) return { ok: false, reason: 'no-words', text, message: t.search.noWords }
  return { ok: true, text, terms: [...new Set(chosen)] }
}

// A headline match outranks a dek or tag match, which outranks the body.
const WEIGHTS: [number, number][] = [
  [FIELD.title, 100],
  [FIELD.tags, 40],
  [FIELD.summary, 30],
  [FIELD.authors, 30],
  [FIELD.section, 10],
  [FIELD.body, 1],
]
const PREFIX_FACTOR = 0.8

function fieldScore(bits: number): number {
  let best = 0
  for (const [bit, weight] of WEIGHTS) if (bits & bit && weight > best) best = weight
  return best
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Best score of each document for one query term: exact matches, or prefix matches from 3 letters. */
function scoreTerm(index: SearchIndex, term: string): Map<number, number> {
  const scores = new Map<number, number>()
  for (let i = lowerBound(index.terms, term); i < index.terms.length; i++) {
    const candidate = index.terms[i]!
    if (!candidate.startsWith(term)) break
    const exact = candidate === term
    if (!exact && term.length < 3) break
    for (const [doc, bits] of index.postings[i]!) {
      const s = fieldScore(bits) * (exact ? 1 : PREFIX_FACTOR)
      if (s > (scores.get(doc) ?? 0)) scores.set(doc, s)
    }
  }
  return scores
}

type SearchHit = { doc: SearchDoc; score: number }

/** Best score first, then newest first. */
export const byRank = (a: SearchHit, b: SearchHit): number =>
  b.score - a.score || b.doc.publishedAt.localeCompare(a.doc.publishedAt)

/** Every visible document matching all terms, best first, then newest first. */
export function searchIndex(index: SearchIndex, terms: string[], visible: (doc: SearchDoc) => boolean): SearchHit[] {
  let total: Map<number, number> | undefined
  for (const term of terms) {
    const scores = scoreTerm(index, term)
    const next = new Map<number, number>()
    for (const [doc, s] of scores) if (!total || total.has(doc)) next.set(doc, (total?.get(doc) ?? 0) + s)
    total = next
    if (total.size === 0) break
  }
  return [...(total ?? [])]
    .map(([i, score]) => ({ doc: index.docs[i]!, score }))
    .filter((h) => visible(h.doc))
    .sort(byRank)
}

export type Segment = { text: string; hit: boolean }

const matches = (folded: string, terms: string[]) =>
  terms.some((t) => stem(folded).startsWith(t) || folded.startsWith(t))

/** Splits text into plain and matched runs, for <mark>. */
export function highlight(text: string, terms: string[]): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const w of wordSpans(text)) {
    if (!matches(w.folded, terms)) continue
    if (w.start > at) segments.push({ text: text.slice(at, w.start), hit: false })
    segments.push({ text: text.slice(w.start, w.end), hit: true })
    at = w.end
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false })
  return segments
}

/** A passage of about `length` characters around the first match in the body, or its opening. */
export function snippet(text: string, terms: string[], length = 180): string {
  const first = wordSpans(text).find((w) => matches(w.folded, terms))
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  let end = Math.min(text.length, start + length)
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`
}
