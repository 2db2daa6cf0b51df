import assert from 'node:assert/strict'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { checkContent } from './check'
import { checkArticleFile } from './check-file'
import { formatProblem } from './validate'

// The per-file check (what a publish runs) must say what the build says, word for word: both are
// run here on the same broken files, the build over a whole content folder.

const root = mkdtempSync(join(tmpdir(), 'check-file-'))
after(() => rmSync(root, { recursive: true, force: true }))
cpSync('content/authors', join(root, 'content/authors'), { recursive: true })
cpSync('content/pages', join(root, 'content/pages'), { recursive: true })
cpSync('package.json', join(root, 'package.json'))
mkdirSync(join(root, 'public/images'), { recursive: true })

const broken: Record<string, string> = {
  'content/articles/mexico/bad-fields.mdx': `---
title: A title
summry: typo
date: 2026-13-40
section: mexcio
authors: [nobody-here]
image:
  src: /images/missing.jpg
  alt: An image
  credit: Someone
---
Text.
`,
  'content/articles/mexico/bad-body.mdx': `---
title: A title
summary: A summary
date: 2026-11-02T10:00
section: mexico
---
Text with {1 + 1} and <Nope /> and <script>alert(1)</script>.

export const x = 1
`,
  'content/articles/mexico/no-frontmatter.mdx': 'Just text.\n',
  'content/articles/mexico/not-mdx.md': '---\ntitle: x\n---\n',
  'content/articles/mexico/list-frontmatter.mdx': '---\n- a\n- b\n---\nText.\n',
}
for (const [file, text] of Object.entries(broken)) {
  mkdirSync(join(root, file, '..'), { recursive: true })
  writeFileSync(join(root, file), text)
}

describe('one article file checked alone', () => {
  it('gives each file the build refuses the same problems as the build', async () => {
    const build = await checkContent(root)
    const authorIds = new Set(readdirSync('content/authors').map((f) => f.replace(/\.ya?ml$/, '')))
    assert.ok(authorIds.size > 0)
    const imageExists = () => false
    for (const [file, text] of Object.entries(broken)) {
      const fromBuild = build.problems.filter((p) => p.file === file).map(formatProblem)
      assert.ok(fromBuild.length > 0, `the build refuses ${file}`)
      const alone = await checkArticleFile(file, text, { authorIds, imageExists })
      assert.deepEqual(alone.problems.map(formatProblem), fromBuild, file)
    }
  })

  it('passes a valid file and hands back its frontmatter and body lines', async () => {
    const file = 'content/articles/world/fine.mdx'
    const text = '---\ntitle: T\nsummary: S\ndate: 2026-11-02T10:00\nsection: world\n---\nLine one.\n'
    const checked = await checkArticleFile(file, text, { authorIds: new Set(), imageExists: () => false })
    assert.deepEqual(checked.problems, [])
    assert.equal(checked.parsed?.source.data.title, 'T')
    assert.equal(checked.parsed?.firstBodyLine, 7)
    assert.equal(checked.parsed?.body, 'Line one.\n')
  })
})
