import assert from 'node:assert/strict'
import { test } from 'node:test'
import { prebuildLimit, selectPrebuilt } from './prebuild'

test('PREBUILD_ARTICLES is "all" by default, or a whole number', () => {
  assert.equal(prebuildLimit(undefined), Infinity)
  assert.equal(prebuildLimit(''), Infinity)
  assert.equal(prebuildLimit('all'), Infinity)
  assert.equal(prebuildLimit('500'), 500)
  assert.equal(prebuildLimit('0'), 0)
  for (const bad of ['-1', '1.5', 'many', '10k']) assert.throws(() => prebuildLimit(bad), /PREBUILD_ARTICLES/)
})

test('the newest N public articles are prebuilt, and every unpublished one', () => {
  const pub = [{ url: '/a/new' }, { url: '/a/mid' }, { url: '/a/old' }]
  const unpub = [{ url: '/a/draft' }, { url: '/a/scheduled' }]
  assert.deepEqual(selectPrebuilt(pub, unpub, 2), [{ url: '/a/new' }, { url: '/a/mid' }, ...unpub])
  assert.deepEqual(selectPrebuilt(pub, unpub, Infinity), [...pub, ...unpub])
  assert.deepEqual(selectPrebuilt(pub, [], 0), [])
})
