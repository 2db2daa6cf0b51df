import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildSearchIndex } from './build-index'
import { highlight, parseQuery, searchIndex, snippet, MAX_QUERY_LENGTH } from './query'
import { packTexts, unpackText } from './texts'
import { stem, terms } from './tokenize'
import type { SearchDoc, SearchSource } from './types'

const doc = (over: Partial<SearchSource>): SearchSource => ({
  url: `/mexico/${over.title ?? 'x'}`,
  slug: over.title ?? 'x',
  title: 'Untitled',
  summary: '',
  section: 'Mexico',
  publishedAt: '2024-01-01T00:00:00.000Z',
  authors: ['The News'],
  tags: [],
  text: '',
  textAt: [0, 0],
  draft: false,
  ...over,
})

const index = buildSearchIndex([
  doc({
    title: 'Observers watch the runoff',
    text: 'Forty staff will watch the elections in six departments.',
    publishedAt: '2023-08-17T00:00:00Z',
  }),
  doc({ title: 'Election night in Querétaro', text: 'Votes were counted late.', publishedAt: '2021-06-07T00:00:00Z' }),
  doc({ title: 'Parks fill up in Queretaro', text: 'Developers race for power.', publishedAt: '2024-04-09T00:00:00Z' }),
  doc({
    title: 'A newer body-only mention',
    text: 'An election was mentioned in passing.',
    publishedAt: '2026-01-01T00:00:00Z',
  }),
  doc({ title: 'Draft about elections', text: '', draft: true }),
])
const all = () => true
const published = (d: SearchDoc) => !d.draft
const find = (q: string, visible = published) => {
  const parsed = parseQuery(q)
  assert.ok(parsed.ok, q)
  return searchIndex(index, parsed.terms, visible).map((h) => h.doc.title)
}

describe('stemming', () => {
  it('brings word forms together', () => {
    assert.equal(stem('elections'), 'election')
    assert.equal(stem('elected'), 'elect')
    assert.equal(stem('stopped'), 'stop')
    assert.equal(stem('cities'), 'city')
    assert.equal(stem('teaching'), 'teach')
    assert.equal(stem('bus'), 'bus')
    assert.equal(stem('buses'), 'bus')
    assert.equal(stem('houses'), 'house')
    assert.deepEqual(terms('The Buses of the city'), ['bus', 'city'])
  })
})

describe('searchIndex', () => {
  it('finds "elections" from "elect" (prefix) and from "election" (stem)', () => {
    assert.ok(find('elect').includes('Observers watch the runoff'))
    assert.ok(find('election').includes('Observers watch the runoff'))
    assert.ok(find('ELECTIONS').includes('Election night in Querétaro'))
  })

  it('folds accents both ways', () => {
    assert.deepEqual(find('Queretaro').sort(), ['Election night in Querétaro', 'Parks fill up in Queretaro'])
    assert.deepEqual(find('Querétaro').sort(), ['Election night in Querétaro', 'Parks fill up in Queretaro'])
  })

  it('ranks headline matches above body matches, then newer first', () => {
    assert.deepEqual(find('election'), [
      'Election night in Querétaro',
      'A newer body-only mention',
      'Observers watch the runoff',
    ])
  })

  it('requires every term', () => {
    assert.deepEqual(find('election queretaro'), ['Election night in Querétaro'])
    assert.deepEqual(find('election zebra'), [])
  })

  it('leaves out what is not visible (drafts)', () => {
    assert.ok(!find('draft').includes('Draft about elections'))
    assert.ok(find('draft', all).includes('Draft about elections'))
  })
})

describe('parseQuery', () => {
  it('rejects empty, too long and symbol-only queries with a message', () => {
    for (const [q, reason] of [
      ['', 'empty'],
      ['   ', 'empty'],
      [undefined, 'empty'],
      ['x'.repeat(MAX_QUERY_LENGTH + 1), 'too-long'],
      ['$%^&*()!!', 'no-words'],
      ['<script>', 'ok'],
    ] as const) {
      const p = parseQuery(q)
      assert.equal(p.ok ? 'ok' : p.reason, reason, String(q))
      if (!p.ok) assert.ok(p.message.length > 10)
    }
  })

  it('takes the first value of a repeated parameter and drops stopwords', () => {
    const p = parseQuery(['the elections', 'ignored'])
    assert.ok(p.ok)
    assert.deepEqual(p.terms, ['election'])
  })

  it('keeps stopwords when they are all there is', () => {
    const p = parseQuery('the')
    assert.ok(p.ok)
    assert.deepEqual(p.terms, ['the'])
  })
})

describe('snippets', () => {
  it('highlights matched words in the original spelling', () => {
    assert.deepEqual(highlight('Votes in Querétaro', ['queretaro']), [
      { text: 'Votes in ', hit: false },
      { text: 'Querétaro', hit: true },
    ])
  })

  it('cuts a passage around the first match', () => {
    const text = `${'filler '.repeat(60)}the election result ${'more '.repeat(60)}`
    const s = snippet(text, ['election'], 80)
    assert.ok(s.startsWith('…') && s.endsWith('…'), s)
    assert.ok(s.includes('election'), s)
    assert.ok(s.length <= 84, s)
  })
})

describe('index size', () => {
  it('keeps no body text: the postings carry it, the documents do not', () => {
    const built = buildSearchIndex([doc({ title: 'A', text: 'a distinctive sentence about water' })])
    assert.equal(JSON.stringify(built.docs).includes('distinctive'), false)
    assert.ok(
      built.terms.some((t) => t.startsWith('distinct')),
      built.terms.join(' '),
    )
  })
})

describe('snippet texts', () => {
  it('packs every text into one buffer and gives each back by its slot', () => {
    const texts = ['Primera nota sobre Querétaro.', '', 'A much longer text '.repeat(200)]
    const { data, slots } = packTexts(texts)
    assert.deepEqual(
      slots.map((s) => unpackText(data, s)),
      texts,
    )
    assert.ok(data.length < texts.join('').length, 'compressed')
  })
})

describe('Spanish plurals of -ción words', () => {
  it('meet their singular, accented or not', () => {
    assert.equal(stem('inundaciones'), stem('inundacion'))
    assert.deepEqual(terms('inundaciones'), terms('inundación'))
    assert.equal(stem('elecciones'), 'eleccion')
    assert.equal(stem('pensiones'), 'pension')
  })
})
