import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isPublished, nextPublication } from './visibility'

const at = (iso: string) => Date.parse(iso)

test('an article is public once its time has come, never while a draft', () => {
  const now = at('2026-11-25T12:00:00Z')
  assert.equal(isPublished({ draft: false, publishedAt: '2026-11-25T12:00:00Z' }, now), true)
  assert.equal(isPublished({ draft: false, publishedAt: '2026-11-25T12:00:01Z' }, now), false)
  assert.equal(isPublished({ draft: true, publishedAt: '2020-01-01T00:00:00Z' }, now), false)
})

test('the next publication is the earliest scheduled article, ignoring drafts and the past', () => {
  const now = at('2026-11-25T12:00:00Z')
  const docs = [
    { draft: false, publishedAt: '2026-11-20T00:00:00Z' },
    { draft: true, publishedAt: '2026-11-26T00:00:00Z' },
    { draft: false, publishedAt: '2026-12-01T00:00:00Z' },
    { draft: false, publishedAt: '2026-11-27T08:00:00Z' },
  ]
  assert.equal(nextPublication(docs, now), at('2026-11-27T08:00:00Z'))
  assert.equal(nextPublication(docs, at('2026-12-02T00:00:00Z')), Infinity)
})
