import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkMdxBody, componentTags } from './mdx-check'

describe('checkMdxBody', () => {
  it('passes a body using the allowed components', async () => {
    const body = 'Text.\n\n<PullQuote by="A">Q</PullQuote>\n\n<FactBox title="F">\n\n- a\n\n</FactBox>\n'
    assert.deepEqual(await checkMdxBody('f.mdx', body, 8), [])
  })

  it('reports a syntax error at its line in the file', async () => {
    const [p] = await checkMdxBody('f.mdx', '\nFine.\n\nBroken <b>tag.\n', 8)
    assert.equal(p?.field, 'body')
    assert.match(p!.message, /^line 11:1: MDX syntax error: Expected a closing tag for `<b>`/)
  })

  it('points an unclosed component at the line that opens it', async () => {
    const [p] = await checkMdxBody('f.mdx', 'Intro.\n\n<PullQuote by="A">\n\nQuote\n\nMore prose.\n', 8)
    assert.equal(p?.message, 'line 10: MDX syntax error: Expected a closing tag for `<PullQuote>`')
  })

  it('reports an unknown component with its line', async () => {
    const problems = await checkMdxBody('f.mdx', 'One.\n\n<Chart data="x" />\n', 5)
    assert.deepEqual(problems.map((p) => p.message), [
      'line 7: unknown component <Chart>; available: Figure, PullQuote, FactBox, RelatedLink, Update',
    ])
  })

  it('ignores tags inside fenced code', () => {
    assert.deepEqual(componentTags('```\n<Chart />\n```\n<Figure />'), [{ name: 'Figure', line: 4 }])
  })
})
