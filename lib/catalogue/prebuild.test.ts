import assert from 'node:assert/strict'
import { test } from 'node:test'
import { archivePageParams, listPagesLimit, prebuildLimit, selectPrebuilt } from './prebuild'

test('PREBUILD_ARTICLES is the newest 1,000 by default, "all", or a whole number', () => {
  assert.equal(prebuildLimit(undefined), 1000)
  assert.equal(prebuildLimit(''), 1000)
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

test('PREBUILD_LIST_PAGES is 5 by default, "all", or a whole number', () => {
  assert.equal(listPagesLimit(undefined), 5)
  assert.equal(listPagesLimit(' '), 5)
  assert.equal(listPagesLimit('all'), Infinity)
  assert.equal(listPagesLimit('2'), 2)
  for (const bad of ['-3', 'two', '2.5']) assert.throws(() => listPagesLimit(bad), /PREBUILD_LIST_PAGES/)
})

test('archive pages 2…min(count, limit) are prebuilt; page 1 is the archive itself', () => {
  assert.deepEqual(archivePageParams(1, 5), [])
  assert.deepEqual(archivePageParams(3, 5), ['2', '3'])
  assert.deepEqual(archivePageParams(60, 5), ['2', '3', '4', '5'])
  assert.deepEqual(archivePageParams(60, 1), [])
  assert.deepEqual(archivePageParams(60, 0), [])
  assert.equal(archivePageParams(60, Infinity).length, 59)
})
