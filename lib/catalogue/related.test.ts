import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { card } from '../../scripts/test-support/fixtures'
import { selectRelated } from './related'
import { byNewest } from './view-models'

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

  it('picks the same as ranking every candidate, in any input order, on a larger archive', () => {
    const sections = ['mexico', 'world', 'business', 'tech'] as const
    const tagPool = ['water', 'energy', 'elections', 'health', 'transport', 'culture']
    const many = Array.from({ length: 300 }, (_, i) =>
      card(
        `story-${i}`,
        sections[i % 4]!,
        new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 300) * 3_600_000).toISOString(),
        tagPool.filter((_, k) => (i >> k) % 3 === 0).slice(0, 3),
      ),
    )
    const reference = (t: (typeof many)[number]) => {
      const wanted = new Set(t.tags.map((x) => x.id))
      return many
        .filter((c) => c.slug !== t.slug)
        .map((c) => ({
          c,
          s: c.tags.filter((x) => wanted.has(x.id)).length * 2 + (c.section.id === t.section.id ? 1 : 0),
        }))
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s || byNewest(a.c, b.c))
        .slice(0, 5)
        .map((x) => x.c.slug)
    }
    for (const t of many.slice(0, 40)) {
      assert.deepEqual(slugs(selectRelated(t, many)), reference(t))
      assert.deepEqual(slugs(selectRelated(t, [...many].reverse())), reference(t))
    }
  })

  it('returns what exists in a tiny archive', () => {
    assert.deepEqual(selectRelated(target, [target]), [])
  })
})
