import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import '../../scripts/test-support/test-css-modules'
import { createElement } from 'react'
import { MDX_COMPONENT_NAMES } from '../content/mdx-component-names'
import { compileBody, MdxRefusedError } from './compile'
import { renderMdx } from '../render/mdx'

// Components import stylesheets: loaded only once ./test-css-modules has taught Node to.
const { renderStaticMarkup } = await import('../render/static-markup')
const { mdxComponents } = await import('../../components/mdx/mdxComponents')

const html = (code: string) => renderStaticMarkup(createElement('div', null, renderMdx(code, mdxComponents)))

/** The sample's articles as contentlayer compiled them (`npm run content` writes them). */
function builtArticles(): { file: string; raw: string; code: string }[] {
  const dir = join('.contentlayer', 'generated', 'Article')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx.json'))
    .map((f) => {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body: { raw: string; code: string } }
      return { file: f, ...doc.body }
    })
}

describe('compileBody', () => {
  it('renders every sample article as contentlayer’s build does, through the same components', async () => {
    const articles = builtArticles()
    assert.ok(articles.length > 40, `found ${articles.length} built articles: run npm run content first`)
    for (const name of MDX_COMPONENT_NAMES)
      assert.ok(
        articles.some((a) => a.raw.includes(`<${name}`)),
        `no sample article uses <${name}>`,
      )
    for (const article of articles) {
      const { code } = await compileBody(article.raw, { file: article.file, firstBodyLine: 1 })
      // Two formats indeed (lib/render/mdx.ts): the runtime by parameter name, or as arguments[0].
      assert.ok(article.code.includes('_jsx_runtime') && !article.code.includes('arguments[0]'), article.file)
      assert.ok(code.includes('arguments[0]') && !code.includes('_jsx_runtime'), article.file)
      const built = html(article.code)
      assert.match(built, /<p>\S[^<]{20}/, `${article.file} rendered no paragraph`)
      assert.equal(html(code), built, article.file)
    }
  })

  it('renders the components and GFM tables', async () => {
    const { code } = await compileBody(
      '<PullQuote by="Ana">We are ready.</PullQuote>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~\n',
    )
    const out = html(code)
    assert.match(out, /We are ready\./)
    assert.match(out, /Ana/)
    assert.match(out, /<table>[\s\S]*<td>1<\/td>/)
    assert.match(out, /<del>old<\/del>/)
  })

  it('refuses JavaScript before producing any code, with the checker’s problems', async () => {
    const cases: [string, RegExp][] = [
      ['Text.\n\nexport const x = process.exit()\n', /line 3:1: `export` is JavaScript/],
      ['Text {process.env.SECRET} here.\n', /line 1:6: \{process\.env\.SECRET\} is a JavaScript expression/],
      [
        '<Figure src={require(\'fs\')} alt="A" credit="B" />\n',
        /line 1:1: <Figure> src=\{require\('fs'\)\} is a JavaScript expression; write the value in quotes/,
      ],
      ['Text.\n\n<script>fetch("/steal?c=" + document.cookie)</script>\n', /line 3: <script> is HTML/],
    ]
    for (const [body, message] of cases)
      await assert.rejects(compileBody(body, { file: 'x.mdx', firstBodyLine: 1 }), (error: unknown) => {
        assert.ok(error instanceof MdxRefusedError)
        assert.equal(error.problems.length, 1, body)
        assert.equal(error.problems[0]?.file, 'x.mdx')
        assert.match(error.problems[0]!.message, message)
        return true
      })
  })

  it('refuses what the build refuses: an unknown component, a syntax error', async () => {
    await assert.rejects(compileBody('<Chart data="x" />\n'), /unknown component <Chart>/)
    await assert.rejects(compileBody('Broken <b>tag.\n'), /MDX syntax error/)
  })
})
