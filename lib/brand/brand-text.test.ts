import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createElement } from 'react'
import { site } from '../../config/site'
import { pluralForm } from './plural'

// Byline and TemplateText are components, rendered here to HTML as the lite page renders them.
const { renderStaticMarkup } = await import('../render/static-markup')
const { TemplateText } = await import('../../components/TemplateText')
const { Byline } = await import('../../components/Byline')

const FORMS = { one: 'ONE', other: 'OTHER' }

describe('pluralForm', () => {
  it('takes `one` for 1 and `other` for 0, 2 and 21', () => {
    // The same in every language the brands use (English, Mexican Spanish).
    assert.equal(pluralForm(FORMS, 1), 'ONE')
    for (const n of [0, 2, 21]) assert.equal(pluralForm(FORMS, n), 'OTHER', String(n))
  })
})

describe('TemplateText', () => {
  const html = (template: string, slots: Record<string, unknown>) =>
    renderStaticMarkup(createElement(TemplateText, { template, slots: slots as never }))

  it('puts each slot’s element where the template names it, in the template’s order', () => {
    const strong = createElement('strong', null, 'water')
    assert.equal(
      html('{count} stories match {query}', { count: 3, query: strong }),
      '3 stories match <strong>water</strong>',
    )
    assert.equal(html('{query}: {count}', { count: 3, query: strong }), '<strong>water</strong>: 3')
  })

  it('leaves a slot without a value visible, and never reads slots inside a value', () => {
    assert.equal(html('By {authors} on {day}', { authors: '{day}' }), 'By {day} on {day}')
  })
})

describe('Byline', { skip: site.brandId !== 'the-news' && 'English words: The News only' }, () => {
  const byline = (n: number, roles = false) =>
    renderStaticMarkup(
      createElement(Byline, {
        authors: ['Ana', 'Luis', 'Eva'].slice(0, n).map((name) => ({ name, url: `/authors/${name}`, role: 'editor' })),
        roles,
      }),
    ).replace(/<a href="\/authors\/(\w+)" rel="author">\1<\/a>/g, '[$1]')

  it('links every author, joined the way the language joins a list', () => {
    assert.equal(byline(1), 'By [Ana]')
    assert.equal(byline(2), 'By [Ana] and [Luis]')
    assert.equal(byline(3), 'By [Ana], [Luis], and [Eva]')
  })

  it('follows each name with its role on opinion pieces', () => {
    assert.equal(byline(2, true), 'By [Ana], editor and [Luis], editor')
  })
})
