import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { card } from '../../scripts/test-support/fixtures'
import { buildHomeFront } from './front'

describe('buildHomeFront', () => {
  const newestFirst = [
    card('no-picture-newest', 'world', '2026-01-09T00:00:00Z'),
    card('picture', 'mexico', '2026-01-08T00:00:00Z', [], true),
    card('b1', 'business', '2026-01-07T00:00:00Z'),
    card('t1', 'tech', '2026-01-06T00:00:00Z'),
    card('m2', 'mexico', '2026-01-05T00:00:00Z'),
    card('m3', 'mexico', '2026-01-04T00:00:00Z'),
  ]

  it('leads with the newest story that has a picture', () => {
    assert.equal(buildHomeFront(newestFirst).lead?.slug, 'picture')
  })

  it('puts the next newest in top stories and never repeats a story', () => {
    const front = buildHomeFront(newestFirst, 2, 4)
    assert.deepEqual(
      front.topStories.map((a) => a.slug),
      ['no-picture-newest', 'b1'],
    )
    assert.deepEqual(
      front.sections.map((s) => [s.id, s.articles.map((a) => a.slug)]),
      [
        ['mexico', ['m2', 'm3']],
        ['tech', ['t1']],
      ],
    )
  })

  it('handles an empty archive', () => {
    assert.deepEqual(buildHomeFront([]), { topStories: [], sections: [] })
  })
})
