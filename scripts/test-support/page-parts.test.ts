import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractArticle, jsonLdBlocks } from './page-parts'

test('extractArticle takes the first <article> whole, nested ones included', () => {
  const html =
    '<main><article class="a"><p>x</p><article id="u"><p>update</p></article><p>y</p></article><aside><article>card</article></aside></main>'
  assert.equal(
    extractArticle(html),
    '<article class="a"><p>x</p><article id="u"><p>update</p></article><p>y</p></article>',
  )
  assert.equal(extractArticle('<main><p>none</p></main>'), '')
  // <articles> is not <article>.
  assert.equal(extractArticle('<articles></articles><article>b</article>'), '<article>b</article>')
})

test('jsonLdBlocks parses every JSON-LD script in page order', () => {
  const html =
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script><p></p><script type="application/ld+json">{"@type":"BreadcrumbList"}</script>'
  assert.deepEqual(jsonLdBlocks(html), [{ '@type': 'NewsArticle' }, { '@type': 'BreadcrumbList' }])
})
