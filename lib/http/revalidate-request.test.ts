import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseRevalidateRequest } from './revalidate-request'

test('a list of paths and tags is accepted, deduplicated', () => {
  assert.deepEqual(parseRevalidateRequest({ paths: ['/', '/mexico', '/mexico'], tags: ['most-read'] }), {
    paths: ['/', '/mexico'],
    tags: ['most-read'],
  })
  assert.deepEqual(parseRevalidateRequest({ tags: ['most-read'] }), { paths: [], tags: ['most-read'] })
})

test('every malformed body gets a message naming the problem', () => {
  const error = (body: unknown) => {
    const r = parseRevalidateRequest(body)
    assert.ok('error' in r, JSON.stringify(body))
    return r.error
  }
  assert.match(error(null), /JSON object/)
  assert.match(error([]), /JSON object/)
  assert.match(error({}), /Nothing to revalidate/)
  assert.match(error({ paths: '/' }), /"paths" must be an array of strings/)
  assert.match(error({ tags: [1] }), /"tags" must be an array of strings/)
  assert.match(error({ paths: ['mexico'] }), /Not a path on this site: "mexico"/)
  assert.match(error({ paths: ['//evil.example'] }), /Not a path/)
  assert.match(error({ paths: ['/search?q=x'] }), /Not a path/)
  assert.match(error({ tags: ['has space'] }), /Not a valid tag/)
  assert.match(error({ paths: ['/'], extra: 1 }), /Unknown field\(s\): extra/)
  assert.match(error({ paths: Array.from({ length: 201 }, (_, i) => `/p${i}`) }), /limit is 200/)
})
