import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildSearchIndex } from './build-index'
import { tokenizer } from './language'
import { highlight, parseQuery, searchIndex, snippet } from './query'
import type { SearchSource } from './types'

// The Spanish brands' search, tested without building one: every function takes the tokenizer.
const es = tokenizer('es')

describe('Spanish terms (Snowball via @orama/stemmers, folded)', () => {
  it('brings word families together, typed with accents or without', () => {
    // word → index terms, as the stemmer really gives them; two where the accent decides a suffix.
    const table: [string, string[]][] = [
      ['inundación', ['inund']],
      ['inundaciones', ['inund']],
      ['inundacion', ['inund']],
      ['Inundaciones', ['inund']],
      ['elección', ['eleccion']],
      ['elecciones', ['eleccion']],
      ['eleccion', ['eleccion']],
      ['policía', ['polic', 'polici']],
      ['policías', ['polic', 'polici']],
      ['policia', ['polici']],
      ['policias', ['polici']],
      ['económico', ['econom']],
      ['económica', ['econom']],
      ['economía', ['econom', 'economi']],
      ['economia', ['economi']],
      ['jugador', ['jugador']],
      ['jugadores', ['jugador']],
      ['jugadora', ['jugador']],
      ['ganó', ['gan']],
      ['gano', ['gan']],
      ['ganar', ['gan']],
      ['ganaron', ['gan']],
      ['presidencia', ['president']],
      ['presidentes', ['president']],
    ]
    for (const [word, expected] of table) assert.deepEqual(es.terms(word), expected, word)
  })

  it('stems a query as typed: one term a word', () => {
    assert.deepEqual(es.queryTerms('Policías'), ['polic'])
    assert.deepEqual(es.queryTerms('policias'), ['polici'])
    assert.deepEqual(es.queryTerms('inundacion'), ['inund'])
  })

  it('folds accents as the English path does (and NFD text is one word a word)', () => {
    assert.deepEqual(es.terms('Querétaro queretaro QUERÉTARO'), ['queretar', 'queretar', 'queretar'])
    assert.deepEqual(es.terms('España espana'), ['espan', 'espan'])
    assert.deepEqual(es.terms('inundación'.normalize('NFD')), ['inund'])
  })

  it('drops function words and keeps the words readers search news for', () => {
    const stop = 'de la que los el en y para con por una del se su al lo más él está sí'
    assert.deepEqual(es.terms(stop), [])
    for (const w of stop.split(' ')) assert.equal(es.queryTerms(`${w} lluvia`).length, 1, w)
    assert.deepEqual(es.terms('trabajo empleo final general acuerdo dijo hoy total mayor estado'), [
      'trabaj',
      'emple',
      'final',
      'general',
      'acuerd',
      'dij',
      'hoy',
      'total',
      'mayor',
      'estad',
    ])
    assert.deepEqual(es.terms('La inundación de Querétaro'), ['inund', 'queretar'])
  })

  it('keeps stopwords in a query when they are all there is', () => {
    const p = parseQuery('de la', es)
    assert.ok(p.ok)
    assert.deepEqual(p.terms, ['de', 'la'])
  })
})

describe('Spanish search over an in-memory index', () => {
  const doc = (title: string, text: string, publishedAt: string): SearchSource => ({
    url: `/mexico/${publishedAt.slice(0, 10)}`,
    slug: publishedAt.slice(0, 10),
    title,
    summary: '',
    section: 'México',
    publishedAt,
    authors: ['Redacción'],
    tags: [],
    text,
    textAt: [0, 0],
    draft: false,
  })
  const index = buildSearchIndex(
    [
      doc('Inundación en Querétaro', 'El agua cubrió tres colonias.', '2024-07-01T00:00:00Z'),
      doc('Lluvias en la capital', 'La policía cerró dos avenidas.', '2024-07-02T00:00:00Z'),
      doc('Resultados de las elecciones', 'El jugador ganó el partido final.', '2024-07-03T00:00:00Z'),
    ],
    es,
  )
  const find = (q: string) => {
    const parsed = parseQuery(q, es)
    assert.ok(parsed.ok, q)
    return searchIndex(index, parsed.terms, () => true).map((h) => h.doc.title)
  }

  it('finds "Inundación" from "inundaciones", "inundacion" and "INUNDACIÓN"', () => {
    for (const q of ['inundaciones', 'inundacion', 'INUNDACIÓN', 'inundación en queretaro'])
      assert.deepEqual(find(q), ['Inundación en Querétaro'], q)
  })

  it('finds the accented word typed without its accent, and word forms', () => {
    assert.deepEqual(find('policias'), ['Lluvias en la capital'])
    assert.deepEqual(find('Policías'), ['Lluvias en la capital'])
    assert.deepEqual(find('eleccion'), ['Resultados de las elecciones'])
    assert.deepEqual(find('jugadores ganaron'), ['Resultados de las elecciones'])
    assert.deepEqual(find('de la'), [])
  })

  it('marks the matched words in the original spelling', () => {
    const { terms } = parseQuery('inundaciones', es) as { terms: string[] }
    assert.deepEqual(highlight('Otra inundación, y la Inundacion de ayer', terms, es), [
      { text: 'Otra ', hit: false },
      { text: 'inundación', hit: true },
      { text: ', y la ', hit: false },
      { text: 'Inundacion', hit: true },
      { text: ' de ayer', hit: false },
    ])
    // "presidencia" is not a prefix match of "president": only its stem meets the query's.
    const { terms: pres } = parseQuery('presidente', es) as { terms: string[] }
    assert.deepEqual(highlight('La Presidencia habló', pres, es), [
      { text: 'La ', hit: false },
      { text: 'Presidencia', hit: true },
      { text: ' habló', hit: false },
    ])
    const text = `${'relleno '.repeat(40)}la inundación llegó ${'más '.repeat(40)}`
    assert.ok(snippet(text, terms, 80, es).includes('inundación'))
  })
})
