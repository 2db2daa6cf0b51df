import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkMdxBody } from './mdx-check'

// Shapes the Markdown parser takes super-linear time over (seconds at a few kilobytes, minutes at
// the 2 MiB a publish may carry, the server's one thread held all along) are refused by their
// shape, before any parsing, with the line and what to write instead.
const shapes: [string, string, RegExp][] = [
  ['quotes nested 3,000 deep', `${'> '.repeat(3000)}x\n`, /line 4: more than 16 quotes or lists nested/],
  ['lists nested 3,000 deep on one line', `${'- '.repeat(3000)}x\n`, /line 4: more than 16 quotes or lists nested/],
  [
    'lists nested by indentation',
    Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    /line 37: indented more than 64 spaces/,
  ],
  ['4,000 asterisks in a row', `${'*'.repeat(4000)}x${'*'.repeat(4000)}\n`, /line 4: more than 64 "\*" in a row/],
]

test('a body shaped to stall the parser is refused by its shape', async () => {
  assert.ok(shapes.length > 0)
  for (const [what, body, expected] of shapes) {
    const problems = await checkMdxBody('content/articles/mexico/x.mdx', body, 4)
    assert.ok(problems.length >= 1 && problems.length <= 3, `${what}: ${JSON.stringify(problems)}`)
    assert.match(problems[0]!.message, expected, what)
    assert.equal(problems[0]!.field, 'body')
  }
})

test('what articles write stays allowed: a few levels of quotes and lists, a divider, bold', async () => {
  const body = [
    '> A quote',
    '> > quoting a quote',
    '',
    '- a list',
    '  - nested',
    '    1. numbered',
    '',
    '***',
    '',
    '**Bold** and _italic_ and ~~struck~~.',
  ].join('\n')
  assert.deepEqual(await checkMdxBody('content/articles/mexico/x.mdx', body, 1), [])
})
