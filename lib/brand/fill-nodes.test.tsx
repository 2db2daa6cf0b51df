import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderToStaticMarkup } from 'react-dom/server'
import { fillNodes } from './fill-nodes'

const html = (template: string, values: Parameters<typeof fillNodes>[1]) =>
  renderToStaticMarkup(<p>{fillNodes(template, values)}</p>)

test('puts elements and text into their slots, in the template’s order', () => {
  assert.equal(
    html('Or go back to the {link}, {name}.', { name: 'reader', link: <a href="/">front page</a> }),
    '<p>Or go back to the <a href="/">front page</a>, reader.</p>',
  )
})

test('a slot at either end, or twice', () => {
  assert.equal(html('{a} and {a}', { a: <b>x</b> }), '<p><b>x</b> and <b>x</b></p>')
})

test('leaves a slot without a value visible, and escapes the template’s text', () => {
  assert.equal(html('<i>{missing}</i> {x}', { x: 1 }), '<p>&lt;i&gt;{missing}&lt;/i&gt; 1</p>')
})
