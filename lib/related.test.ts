import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { card } from './fixtures'
import { selectRelated } from './related'

const slugs = (xs: { slug: string }[]) => xs.map((x) => x.slug)

describe('selectRelated', () => {
  const target = card('target', 'mexico', '2024-05-01T00:00:00Z', ['water', 'Yucatán'])
  const all = [
    target,
    card('two-tags-old', 'world', '2020-01-01T00:00:00Z', ['Water', 'yucatan']),
    card('one-tag-same-section', 'mexico', '2021-01-01T00:00:00Z', ['water']),
    card('one-tag-new', 'business', '2025-01-01T00:00:00Z', ['water']),
    card('same-section-only', 'mexico', '2026-01-01T00:00:00Z'),
    card('unrelated-new', 'sports', '2026-06-01T00:00:00Z'),
  ]

  it('ranks by shared tags (case- and accent-insensitive), then section, then recency; never itself', () => {
    assert.deepEqual(slugs(selectRelated(target, all)), [
      'two-tags-old',
      'one-tag-same-section',
      'one-tag-new',
      'same-section-only',
    ])
  })

  it('stops at the maximum', () => {
    assert.equal(selectRelated(target, all, 1, 2).length, 2)
  })

  it('tops up with the newest articles when too few are related', () => {
    const lonely = card('lonely', 'opinion', '2024-01-01T00:00:00Z', ['poetry'])
    assert.deepEqual(slugs(selectRelated(lonely, [lonely, ...all])), [
      'unrelated-new',
      'same-section-only',
      'one-tag-new',
    ])
  })

  it('returns what exists in a tiny archive', () => {
    assert.deepEqual(selectRelated(target, [target]), [])
  })
})
