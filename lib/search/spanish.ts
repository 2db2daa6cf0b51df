import { stemmer } from '@orama/stemmers/spanish'
import { fold } from './fold'
import type { Tokenizer } from './tokenize'

// Spanish search for the sister brands: Snowball Spanish (@orama/stemmers), measured against the
// English light stemmer and the alternatives in docs/performance.md ("Spanish search").

// A word with its combining marks, so "inundación" is one word whether the text is NFC or NFD.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
const ASCII = /^[a-z0-9]+$/

/**
 * Function words only, folded: articles, prepositions, conjunctions, pronouns and the forms of
 * ser, estar and haber. Not the longer published lists (stopwords-es): they drop words readers
 * search news for (trabajo, empleo, final, general, acuerdo, dijo, hoy, total, mayor), and not
 * "estado" (Estado de México).
 */
const STOPWORDS = new Set(
  [
    'el la lo los las un una uno unos unas al del',
    'a ante bajo con contra de desde durante en entre hacia hasta mediante para por segun sin sobre tras',
    'y e o u ni que pero sino porque pues como cuando donde aunque si no ya mas muy tambien',
    'yo me mi mis tu te ti tus ella ellas ellos ello nos nosotros nosotras os vosotros le les se',
    'su sus suyo suya suyos suyas nuestro nuestra nuestros nuestras',
    'este esta estos estas ese esa esos esas esto eso aquel aquella aquellos aquellas',
    'cual cuales quien quienes cuyo cuya',
    'ser es son era eran fue fueron sea sean sido siendo',
    'estan estaba estaban estuvo estuvieron',
    'haber ha han he hemos habia habian hay hubo habra',
  ]
    .join(' ')
    .split(' '),
)

// Snowball's suffixes carry the accent ("-ación"), so "inundacion" typed without it would stem to
// itself; "-ción" and "-sión" always carry it in Spanish, so it is put back before stemming.
const accentCion = (word: string) => word.replace(/([cs])ion$/, '$1ión')

/** The stem of a lowercase word as written (accents kept for Snowball), then folded. */
const stemWritten = (lower: string) => fold(stemmer(accentCion(lower)))

/**
 * Both stems of a word: of its written form and of its folded form. They differ where an accent
 * decides a suffix ("policía" → polic, "policia" → polici): indexing both lets a reader who types
 * without accents find the accented word. A query uses the first, the stem as typed.
 */
function forms(word: string): Forms {
  let found = memo.get(word)
  if (!found) {
    if (memo.size >= MEMO_SIZE) memo.clear()
    found = formsOf(word)
    memo.set(word, found)
  }
  return found
}

type Forms = { folded: string; stems: string[] }

// News text repeats its words, and a new accented word costs two stems and three normalizations:
// the last words' forms are remembered (docs/performance.md §10: 0.2–0.4 µs a word seen before,
// 5–15 new). Bounded, as the server's overlay index and highlighting use it too.
const MEMO_SIZE = 20_000
const memo = new Map<string, Forms>()

function formsOf(word: string): Forms {
  const lower = word.toLowerCase()
  // Most words are plain ASCII: one stem, no normalizing.
  if (ASCII.test(lower)) return { folded: lower, stems: [stemmer(accentCion(lower))] }
  const folded = fold(word)
  const written = stemWritten(lower.normalize('NFC'))
  const plain = stemmer(accentCion(folded))
  return { folded, stems: plain === written ? [written] : [written, plain] }
}

const isStopword = (folded: string) => STOPWORDS.has(folded)

export const spanish: Tokenizer = {
  terms(text) {
    const out: string[] = []
    for (const [word] of text.matchAll(WORD)) {
      const { folded, stems } = forms(word)
      if (!isStopword(folded)) out.push(...stems)
    }
    return out
  },
  queryTerms(text) {
    const all = [...text.matchAll(WORD)].map(([word]) => word)
    const meaningful = all.filter((w) => !isStopword(fold(w)))
    return (meaningful.length ? meaningful : all).map((w) => stemWritten(w.toLowerCase().normalize('NFC')))
  },
  isStopword,
  wordSpans: (text) =>
    [...text.matchAll(WORD)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      word: m[0],
      folded: fold(m[0]),
    })),
  // A stem keeps the word's first letter: only a word that shares it with a term is stemmed, so a
  // snippet's scan of a long body costs a fold per word, not a Snowball run.
  matches: ({ word, folded }, terms) =>
    terms.some((t) => folded.startsWith(t)) ||
    (terms.some((t) => t[0] === folded[0]) && forms(word).stems.some((s) => terms.some((t) => s.startsWith(t)))),
}
