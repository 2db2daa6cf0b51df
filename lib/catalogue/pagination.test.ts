import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pageCount, pageUrl, paginate, parseArchivePage } from './pagination'

const items = Array.from({ length: 12 }, (_, i) => i + 1)

describe('paginate', () => {
  it('slices pages and links neighbours', () => {
    assert.deepEqual(paginate(items, 1, 5, '/tech'), {
      items: [1, 2, 3, 4, 5],
      page: 1,
      totalPages: 3,
      totalItems: 12,
      nextUrl: '/tech/page/2',
    })
    const middle = paginate(items, 2, 5, '/tech')
    assert.equal(middle?.prevUrl, '/tech')
    assert.equal(middle?.nextUrl, '/tech/page/3')
    const last = paginate(items, 3, 5, '/tech')
    assert.deepEqual(last?.items, [11, 12])
    assert.equal(last?.nextUrl, undefined)
  })

  it('answers null past the last page and for nonsense', () => {
    assert.equal(paginate(items, 4, 5, '/tech'), null)
    assert.equal(paginate(items, 0, 5, '/tech'), null)
    assert.equal(paginate(items, 1.5, 5, '/tech'), null)
  })

  it('gives an empty list one page', () => {
    assert.deepEqual(paginate([], 1, 5, '/tech')?.items, [])
    assert.equal(pageCount(0, 5), 1)
  })

  it('builds page URLs', () => {
    assert.equal(pageUrl('/tech', 1), '/tech')
    assert.equal(pageUrl('/tech', 4), '/tech/page/4')
  })
})

describe('parseArchivePage', () => {
  it('accepts only plain integers from 2 (page 1 is the list itself)', () => {
    assert.equal(parseArchivePage('2'), 2)
    assert.equal(parseArchivePage('120'), 120)
    for (const bad of ['1', '0', '02', '-1', '2.0', 'two', '', '1e3', '9999999'])
      assert.equal(parseArchivePage(bad), null, bad)
  })
})
