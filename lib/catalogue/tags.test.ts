import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { collectTags, tagId, toTagRef } from './tags'

describe('tags', () => {
  it('normalises labels to URL-safe ids', () => {
    assert.equal(tagId('Mexico City'), 'mexico-city')
    assert.equal(tagId('Yucatán'), 'yucatan')
    assert.equal(tagId("women's sport"), 'womens-sport')
    assert.equal(tagId('  AI / Machine learning!  '), 'ai-machine-learning')
    assert.deepEqual(toTagRef('Querétaro'), { id: 'queretaro', label: 'Querétaro', url: '/tags/queretaro' })
  })

  it('merges labels with the same id, counts them, most used first', () => {
    const a = (...labels: string[]) => ({ tags: labels.map(toTagRef) })
    const tags = collectTags([a('Water', 'Yucatán'), a('water'), a('water', 'Yucatan'), a('books')])
    assert.deepEqual(
      tags.map((t) => [t.id, t.label, t.count]),
      [
        ['water', 'water', 3],
        ['yucatan', 'Yucatan', 2],
        ['books', 'books', 1],
      ],
    )
  })
})
