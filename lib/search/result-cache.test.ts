import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseQuery } from './query'
import { createTtlCache } from './result-cache'

test('search results are kept a minute, a bounded number of them, by normalised query', () => {
  let now = 0
  const cache = createTtlCache<string>(2, 60_000, () => now)
  const key = (q: string) => {
    const parsed = parseQuery(q)
    return parsed.ok ? parsed.terms.join(' ') : ''
  }
  assert.equal(key('Oaxaca'), key('  OAXACA '))
  assert.equal(key('the elections'), key('Elections'))
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
