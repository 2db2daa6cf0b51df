import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fillHtml, htmlLink, shortPageHtml } from './short-page'
import { withdrawnPageHtml } from './withdrawn-page'

test('fillHtml escapes the template and text values, and keeps links as markup', () => {
  assert.equal(
    fillHtml('<b>{name}</b> & {n} on the {link}; {missing}', {
      name: 'A "B"',
      n: 3,
      link: htmlLink('/?a=1&b=2', 'front <page>'),
    }),
    '&lt;b&gt;A &quot;B&quot;&lt;/b&gt; &amp; 3 on the <a href="/?a=1&amp;b=2">front &lt;page&gt;</a>; {missing}',
  )
})

test('a short page is the built brand’s: its language, its name in the title', () => {
  const html = shortPageHtml({ title: 'T & U', heading: 'H', bodyHtml: '<a href="/">x</a>', noindex: true })
  assert.match(html, /^<!doctype html><html lang="en">/)
  assert.match(html, /<meta name="robots" content="noindex"><title>T &amp; U · The News<\/title>/)
  assert.match(html, /<h1>H<\/h1><p><a href="\/">x<\/a><\/p>/)
  assert.doesNotMatch(shortPageHtml({ title: 'T', heading: 'H', bodyHtml: '' }), /robots/)
})

test('the 410 page says what it said before the words moved to the brand', () => {
  assert.equal(
    withdrawnPageHtml(),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Story withdrawn · The News</title></head><body><main><h1>This story has been withdrawn</h1><p>The News has taken this story down. Why we withdraw stories, and how we correct them: <a href="/about/corrections-policy">our corrections policy</a>. The latest stories are on the <a href="/">front page</a>.</p></main></body></html>\n',
  )
})
