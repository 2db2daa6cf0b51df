import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { excerptFromMdx, plainTextFromMdx, readingMinutes, wordCount } from './text'

describe('text views of MDX', () => {
  it('strips markup and component props from prose', () => {
    const mdx = 'Hello **bold** [link](/x).\n\n<Figure src="/a.jpg" alt="A" />\n\n<PullQuote by="B">Said this.</PullQuote>'
    assert.equal(plainTextFromMdx(mdx), 'Hello bold link. Said this.')
    assert.equal(wordCount(mdx), 5)
  })

  it('reads at about 230 words a minute, never less than one minute', () => {
    assert.equal(readingMinutes(0), 1)
    assert.equal(readingMinutes(230), 1)
    assert.equal(readingMinutes(690), 3)
  })

  it('takes the first prose paragraph as the excerpt, cut at a word', () => {
    const mdx = '\n<FactBox title="x">\n\nfacts\n\n</FactBox>\n\nFirst paragraph here.\n\nSecond.'
    assert.equal(excerptFromMdx(mdx), 'First paragraph here.')
    const long = `${'word '.repeat(60)}end.`
    const excerpt = excerptFromMdx(long, 50)
    assert.ok(excerpt.endsWith('…') && excerpt.length <= 51, excerpt)
  })
})
