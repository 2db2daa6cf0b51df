import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { checkMdxBody, componentTags } from './mdx-check'

const messages = async (body: string) => (await checkMdxBody('f.mdx', body, 8)).map((p) => p.message)

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

  it('refuses import and export, at their line in the file', async () => {
    assert.deepEqual(await messages('Text.\n\nimport { x } from "fs"\n\nexport const y = process.exit()\n'), [
      'line 10:1: `import` is JavaScript, which an article may not contain; components need no import: delete the line',
      'line 12:1: `export` is JavaScript, which an article may not contain; write the value in the text itself',
    ])
  })

  it('refuses expressions in the flow and in the text', async () => {
    assert.deepEqual(await messages('{process.env.SECRET}\n\nA total of {1 + 2} votes.\n'), [
      'line 8:1: {process.env.SECRET} is a JavaScript expression, which an article may not contain; write the text itself, or \\{ for a literal brace',
      'line 10:12: {1 + 2} is a JavaScript expression, which an article may not contain; write the text itself, or \\{ for a literal brace',
    ])
  })

  it('refuses HTML tags, which React would render as written (script to every reader)', async () => {
    const list = 'Figure, PullQuote, FactBox, RelatedLink, Update'
    assert.deepEqual(
      await messages('Text.\n\n<script>alert(1)</script>\n\nA <img src="x" onerror="alert(1)" /> here, and <>a</>.\n'),
      [
        `line 10: <script> is HTML, which an article may not contain; write Markdown, or use a component: ${list}`,
        `line 12: <img> is HTML, which an article may not contain; write Markdown, or use a component: ${list}`,
        `line 12: <> is HTML, which an article may not contain; write Markdown, or use a component: ${list}`,
      ],
    )
  })

  it('accepts an escaped brace as text', async () => {
    assert.deepEqual(await messages('Sets are written \\{a, b\\}.\n'), [])
  })

  it('refuses a spread attribute', async () => {
    assert.deepEqual(await messages('<PullQuote by="A" {...props}>Q</PullQuote>\n'), [
      'line 8:1: <PullQuote> has a JavaScript attribute {...props}; write each attribute as name="value"',
    ])
  })

  it('refuses attribute values in braces and says how to quote them', async () => {
    const body = `Intro.

<Figure src={require('fs')} alt={"A photo"} credit={3} />
`
    assert.deepEqual(await messages(body), [
      `line 10:1: <Figure> src={require('fs')} is a JavaScript expression; write the value in quotes: src="…"`,
      'line 10:1: <Figure> alt={"A photo"} is a JavaScript expression; write the value in quotes: alt="A photo"',
      'line 10:1: <Figure> credit={3} is a JavaScript expression; write the value in quotes: credit="3"',
    ])
  })

  it('passes every article and page of the sample', async () => {
    const files = ['articles', 'pages'].flatMap((dir) =>
      readdirSync(join('content', dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.mdx') && !f.startsWith('_test'))
        .map((f) => join('content', dir, f)),
    )
    // The sample has dozens of articles; a handful would mean the folder was not found.
    assert.ok(files.length > 40, `found ${files.length} files`)
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n')
      const closing = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line))
      assert.deepEqual(await checkMdxBody(file, lines.slice(closing + 1).join('\n'), closing + 2), [], file)
    }
  })
})
