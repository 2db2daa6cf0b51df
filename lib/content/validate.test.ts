import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatProblem, slugFromPath, validateArticle, validateArticles, validateAuthor, type ArticleSource } from './validate'

const ctx = { authorIds: new Set(['ana', 'luis']), imageExists: (src: string) => src === '/images/ok.jpg' }
const file = 'content/articles/mexico/some-story.mdx'
const valid = { title: 'T', summary: 'S', date: '2024-05-01T10:00', section: 'mexico' }
const check = (data: Record<string, unknown>, f = file) => validateArticle({ file: f, data }, ctx)
const fields = (data: Record<string, unknown>) => check(data).map((p) => p.field)

describe('validateArticle', () => {
  it('accepts a minimal article and a full one', () => {
    assert.deepEqual(check(valid), [])
    assert.deepEqual(
      check({
        ...valid,
        updated: '2024-05-02T10:00:00-06:00',
        authors: ['ana', 'luis'],
        tags: ['x'],
        draft: false,
        image: { src: '/images/ok.jpg', alt: 'A', caption: 'C', credit: 'D' },
      }),
      [],
    )
  })

  it('names each missing required field', () => {
    for (const field of ['title', 'summary', 'date', 'section']) {
      const data: Record<string, unknown> = { ...valid }
      delete data[field]
      const problems = check(data)
      assert.deepEqual(
        problems.map((p) => [p.file, p.field, p.message]),
        [[file, field, 'required field is missing']],
      )
    }
  })

  it('rejects empty and non-text required fields', () => {
    assert.match(check({ ...valid, title: '  ' })[0]!.message, /must not be empty/)
    assert.match(check({ ...valid, title: 42 })[0]!.message, /must be text/)
  })

  it('rejects a date that does not parse, saying how to write one', () => {
    const [p] = check({ ...valid, date: '31/01/2024' })
    assert.equal(p?.field, 'date')
    assert.match(p!.message, /"31\/01\/2024" is not an ISO 8601 date/)
    assert.deepEqual(fields({ ...valid, updated: 'soon' }), ['updated'])
  })

  it('rejects an update before publication', () => {
    assert.deepEqual(fields({ ...valid, updated: '2024-04-30T10:00' }), ['updated'])
  })

  it('rejects an unknown section and lists the real ones', () => {
    const [p] = check({ ...valid, section: 'sport' })
    assert.equal(p?.field, 'section')
    assert.match(p!.message, /unknown section "sport"; use one of mexico, world, business, tech, sports, culture, opinion/)
  })

  it('rejects an unknown author id with its position', () => {
    const [p] = check({ ...valid, authors: ['ana', 'pedro'] })
    assert.equal(p?.field, 'authors[1]')
    assert.match(p!.message, /unknown author id "pedro"/)
  })

  it('requires alt text when there is an image, and an image that exists', () => {
    const [p] = check({ ...valid, image: { src: '/images/ok.jpg' } })
    assert.equal(p?.field, 'image.alt')
    assert.match(p!.message, /required field is missing: describe the image/)
    assert.deepEqual(fields({ ...valid, image: { src: '/images/missing.jpg', alt: 'A', credit: 'C' } }), ['image.src'])
    assert.deepEqual(fields({ ...valid, image: { src: 'photo.jpg', alt: 'A', credit: 'C' } }), ['image.src'])
    // Only public/images feeds the image optimizer.
    const [outside] = check({ ...valid, image: { src: '/logo.png', alt: 'A', credit: 'C' } })
    assert.equal(outside?.field, 'image.src')
    assert.match(outside!.message, /must be a path under public\/images\//)
    assert.deepEqual(fields({ ...valid, image: 'photo.jpg' }), ['image'])
  })

  it('flags unknown fields with a hint for typos', () => {
    const [p] = check({ ...valid, autors: ['ana'] })
    assert.equal(p?.field, 'autors')
    assert.match(p!.message, /did you mean "authors"/)
  })

  it('checks list and boolean types', () => {
    assert.deepEqual(fields({ ...valid, tags: 'one, two' }), ['tags'])
    assert.deepEqual(fields({ ...valid, tags: ['ok', 3] }), ['tags[1]'])
    assert.deepEqual(fields({ ...valid, draft: 'yes' }), ['draft'])
  })

  it('rejects a file name that cannot be a URL slug', () => {
    assert.deepEqual(
      check(valid, 'content/articles/Big Story.mdx').map((p) => p.field),
      ['slug (file name)'],
    )
  })
})

describe('validateArticles', () => {
  it('reports a slug used twice in different folders, on both files', () => {
    const sources: ArticleSource[] = [
      { file: 'content/articles/a/same.mdx', data: valid },
      { file: 'content/articles/b/same.mdx', data: valid },
      { file: 'content/articles/b/other.mdx', data: valid },
    ]
    const problems = validateArticles(sources, ctx)
    assert.deepEqual(
      problems.map((p) => formatProblem(p)),
      [
        'content/articles/a/same.mdx: slug (file name): duplicate slug "same", also used by content/articles/b/same.mdx',
        'content/articles/b/same.mdx: slug (file name): duplicate slug "same", also used by content/articles/a/same.mdx',
      ],
    )
  })
})

describe('validateAuthor', () => {
  it('requires name, role and bio', () => {
    const problems = validateAuthor({ file: 'content/authors/ana.yaml', data: { name: 'Ana' } }, ctx)
    assert.deepEqual(
      problems.map((p) => p.field),
      ['role', 'bio'],
    )
  })
})

describe('slugFromPath', () => {
  it('takes the file name, whatever the folder', () => {
    assert.equal(slugFromPath('content/articles/2024/05/peso-rises.mdx'), 'peso-rises')
  })
})
