import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Article, Author } from '../../contentlayer.config'
import {
  ARTICLE_FIELDS,
  ARTICLE_META_KEYS,
  AUTHOR_FIELDS,
  contentlayerFields,
  type FieldMap,
  type Frontmatter,
  idFromFileName,
} from './schema'
import { checkFields, validateArticle } from './validate'

// A stand-in for contentlayer's defineNestedType that shows what it was given.
const nested = (def: () => { name: string; fields: Record<string, unknown> }) => ({ nested: def() })

describe('the content schema', () => {
  it('gives contentlayer its fields: what contentlayer.config.ts defines is exactly the schema', () => {
    const article = Article.def()
    assert.deepEqual(Object.keys(article.fields ?? {}), Object.keys(ARTICLE_FIELDS))
    assert.deepEqual(Object.keys(article.computedFields ?? {}), ARTICLE_META_KEYS.slice(Object.keys(ARTICLE_FIELDS).length))
    assert.deepEqual(Object.keys(Author.def().fields ?? {}), Object.keys(AUTHOR_FIELDS))
    const fields = contentlayerFields(ARTICLE_FIELDS, nested)
    assert.deepEqual(fields.title, { type: 'string', required: true })
    assert.deepEqual(fields.updated, { type: 'string', required: false })
    assert.deepEqual(fields.authors, { type: 'list', of: { type: 'string' }, default: [] })
    assert.deepEqual(fields.draft, { type: 'boolean', default: false })
    // A list of maps (corrections) becomes a list of a nested type.
    assert.deepEqual(fields.corrections, {
      type: 'list',
      default: [],
      of: {
        nested: {
          name: 'Correction',
          fields: {
            date: { type: 'string', required: true },
            text: { type: 'string', required: true },
            kind: { type: 'enum', options: ['correction', 'clarification'], required: false },
          },
        },
      },
    })
    assert.deepEqual((fields.section as { options: string[] }).options, [...ARTICLE_FIELDS.section.options])
    assert.deepEqual(fields.image, {
      type: 'nested',
      required: false,
      of: {
        nested: {
          name: 'Image',
          fields: {
            src: { type: 'string', required: true },
            alt: { type: 'string', required: true },
            caption: { type: 'string', required: false },
            credit: { type: 'string', required: true },
          },
        },
      },
    })
  })

  it('a field added in one place reaches contentlayer, the validation, the index and the types', () => {
    const extended = { ...ARTICLE_FIELDS, kicker: { kind: 'text' } } as const satisfies FieldMap
    // contentlayer
    assert.deepEqual(contentlayerFields(extended, nested).kicker, { type: 'string', required: false })
    // validation: known, checked by its kind, named in the message
    const base = { title: 'T', summary: 'S', date: '2026-11-29T09:00', section: 'mexico' }
    assert.deepEqual(checkFields('a.mdx', { ...base, kicker: 'Breaking' }, extended), [])
    assert.deepEqual(
      checkFields('a.mdx', { ...base, kicker: 3 }, extended).map((p) => `${p.field}: ${p.message}`),
      ['kicker: must be non-empty text, got number 3'],
    )
    // …while the real schema, without it, calls it unknown
    const ctx = { authorIds: new Set<string>(), imageExists: () => true }
    assert.deepEqual(
      validateArticle({ file: 'content/articles/a.mdx', data: { ...base, kicker: 'x' } }, ctx).map((p) => p.field),
      ['kicker'],
    )
    // types (checked by `tsc` in npm test), and the validation agreeing with them at run time: what
    // the type accepts passes, what it refuses is refused, naming the field.
    const written: Frontmatter<typeof extended> = { ...base, section: 'mexico', kicker: 'Breaking' }
    // @ts-expect-error the kicker is text
    const wrong: Frontmatter<typeof extended> = { ...base, section: 'mexico', kicker: 3 }
    // @ts-expect-error a required field cannot be left out
    const missing: Frontmatter<typeof extended> = { summary: 'S', date: '2026-11-29T09:00', section: 'mexico' }
    const fieldsWrong = (data: object) => checkFields('a.mdx', data as Record<string, unknown>, extended).map((p) => p.field)
    assert.deepEqual(fieldsWrong(written), [])
    assert.deepEqual(fieldsWrong(wrong), ['kicker'])
    assert.deepEqual(fieldsWrong(missing), ['title'])
    // the content index keeps every schema field
    for (const key of Object.keys(ARTICLE_FIELDS)) assert.ok(ARTICLE_META_KEYS.includes(key as never), key)
  })

  it('has one file-name rule for slugs and author ids', () => {
    assert.equal(idFromFileName('content/articles/2026/11/peso-rises.mdx'), 'peso-rises')
    assert.equal(idFromFileName('content/authors/ana-ruiz.yaml'), 'ana-ruiz')
  })
})
