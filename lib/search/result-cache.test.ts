import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseQuery } from './query'
import { createTtlCache, searchCacheKey } from './result-cache'

/** The key lib/search/search.ts caches a reader's query and page under. */
const key = (q: string, page = 1) => {
  const parsed = parseQuery(q)
  assert.ok(parsed.ok, q)
  return searchCacheKey(parsed.terms, page)
}

test('search results are keyed by normalised query and page', () => {
  assert.equal(key('Oaxaca'), key('  OAXACA '))
  assert.equal(key('the elections'), key('Elections'))
  assert.notEqual(key('Oaxaca'), key('Oaxaca elections'))
  // Page 2 of a query is not page 1's entry (nor page 12's, nor another query's page 1).
  assert.notEqual(key('Oaxaca', 1), key('Oaxaca', 2))
  assert.notEqual(key('Oaxaca', 1), key('Oaxaca', 12))
  assert.notEqual(key('oaxaca 1', 2), key('oaxaca', 12))
  // A publish (a new version of the published articles: lib/catalogue/cache.ts) is a new entry.
  const parsed = parseQuery('Oaxaca')
  assert.ok(parsed.ok)
  assert.notEqual(searchCacheKey(parsed.terms, 1, 7), searchCacheKey(parsed.terms, 1, 8))
  // A scheduled story's time (a view that ends then, and the one after it) is a new entry too.
  assert.notEqual(searchCacheKey(parsed.terms, 1, 7, 1_000), searchCacheKey(parsed.terms, 1, 7, 2_000))
  const cache = createTtlCache<string>(10, 60_000, () => 0)
  cache.set(key('Oaxaca', 1), 'first ten')
  assert.equal(cache.get(key('oaxaca', 2)), undefined)
  cache.set(key('oaxaca', 2), 'next ten')
  assert.equal(cache.get(key(' OAXACA ', 1)), 'first ten')
  assert.equal(cache.get(key('Oaxaca', 2)), 'next ten')
})

test('search results are kept a minute, a bounded number of them', () => {
  let now = 0
  const cache = createTtlCache<string>(2, 60_000, () => now)
  cache.set(key('Oaxaca'), 'results')
  assert.equal(cache.get(key('  oaxaca ')), 'results')
  now = 59_999
  assert.equal(cache.get(key('oaxaca')), 'results')
  now = 60_000
  assert.equal(cache.get(key('oaxaca')), undefined)
  cache.set('a', '1')
  cache.set('b', '2')
  cache.set('c', '3')
  assert.equal(cache.size, 2)
  assert.equal(cache.get('a'), undefined)
})
