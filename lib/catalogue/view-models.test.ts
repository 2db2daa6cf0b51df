import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bylineFor, byNewest, OUTLET_BYLINE, type AuthorProfile } from './view-models'

const ana: AuthorProfile = {
  id: 'ana',
  name: 'Ana',
  role: 'r',
  bio: 'b',
  url: '/authors/ana',
  sameAs: [],
  languages: [],
}
const authors = new Map([['ana', ana]])

describe('bylineFor', () => {
  it('links named authors', () => {
    assert.deepEqual(bylineFor(['ana'], authors), [{ name: 'Ana', url: '/authors/ana', role: 'r' }])
  })

  it('signs as the outlet when there is no author', () => {
    assert.deepEqual(bylineFor([], authors), [OUTLET_BYLINE])
    assert.equal(OUTLET_BYLINE.name, 'The News')
  })
})

describe('byNewest', () => {
  it('sorts newest first with a stable tie-break on slug', () => {
    const xs = [
      { slug: 'b', publishedAt: '2024-01-01T00:00:00.000Z' },
      { slug: 'a', publishedAt: '2024-01-01T00:00:00.000Z' },
      { slug: 'c', publishedAt: '2025-01-01T00:00:00.000Z' },
    ]
    assert.deepEqual(
      xs.sort(byNewest).map((x) => x.slug),
      ['c', 'a', 'b'],
    )
  })
})
