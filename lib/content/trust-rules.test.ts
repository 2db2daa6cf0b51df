import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { defaultArticleType } from '../../config/article-types'
import { checkMdxBody } from './mdx-check'
import { ARTICLE_COMPUTED, type ArticleDocument } from './schema'
import { validateArticle, validateArticles, validateAuthor, validatePage } from './validate'

// The rules of the newsroom's trust layer (issue 13): article types, corrections, aliases, lead
// images and credits, author profiles, standards pages. Each problem names file and field.

const widths: Record<string, number> = { '/images/wide.jpg': 1600, '/images/narrow.jpg': 800, '/logo.png': 600 }
const ctx = {
  authorIds: new Set(['ana']),
  imageExists: (src: string) => src in widths,
  imageWidth: (src: string) => widths[src],
}
const file = 'content/articles/mexico/some-story.mdx'
const valid = { title: 'T', summary: 'S', date: '2024-05-01T10:00', section: 'mexico' }
const problems = (data: Record<string, unknown>) =>
  validateArticle({ file, data: { ...valid, ...data } }, ctx).map((p) => `${p.file}: ${p.field}: ${p.message}`)

describe('article types', () => {
  it('defaults to opinion in the opinion section and news elsewhere', () => {
    assert.equal(defaultArticleType('opinion'), 'opinion')
    assert.equal(defaultArticleType('mexico'), 'news')
    const doc = (data: Partial<ArticleDocument>) =>
      ({ ...valid, corrections: [], _raw: { sourceFileName: 'a.mdx' }, body: { raw: '' }, ...data }) as ArticleDocument
    assert.equal(ARTICLE_COMPUTED.articleType.resolve(doc({ section: 'opinion' })), 'opinion')
    assert.equal(ARTICLE_COMPUTED.articleType.resolve(doc({ section: 'world' })), 'news')
    assert.equal(ARTICLE_COMPUTED.articleType.resolve(doc({ section: 'opinion', type: 'analysis' })), 'analysis')
  })

  it('fails an unknown type, naming file and field', () => {
    assert.deepEqual(problems({ type: 'column' }), [
      `${file}: type: unknown article type "column"; use one of news, analysis, opinion, explainer, interview, review, obituary, live`,
    ])
    assert.deepEqual(problems({ type: 'analysis' }), [])
  })

  it('lets only a live article be live', () => {
    assert.match(problems({ live: true })[0]!, /live: only a live article can be live/)
    assert.deepEqual(problems({ type: 'live', live: true }), [])
  })
})

describe('corrections', () => {
  it('accepts dated corrections and clarifications', () => {
    assert.deepEqual(
      problems({
        corrections: [
          { date: '2024-05-02T09:00', text: 'The figure was 20, not 18.' },
          { date: '2024-05-03T09:00', text: 'The count is the organizers’.', kind: 'clarification' },
        ],
      }),
      [],
    )
  })

  it('fails a correction dated before the article, without text, or of an unknown kind', () => {
    assert.deepEqual(
      problems({
        corrections: [
          { date: '2024-04-30T09:00', text: 'Too early.' },
          { date: '2024-05-02T09:00' },
          { date: '2024-05-02T09:00', text: 'x', kind: 'retraction' },
          'Forgot the fields',
        ],
      }),
      [
        `${file}: corrections[1].text: required field is missing: say what was wrong and what is right now`,
        `${file}: corrections[2].kind: unknown kind "retraction"; use one of correction, clarification`,
        `${file}: corrections[3]: must be a map with date and text, got "Forgot the fields"`,
        `${file}: corrections[0].date: 2024-04-30T09:00 is before the article's date (2024-05-01T10:00): a correction comes after publication`,
      ],
    )
  })

  it('dates the change: dateModified is the latest of updated and the corrections, else the publication', () => {
    const modified = (data: Partial<ArticleDocument>) =>
      ARTICLE_COMPUTED.modifiedAt.resolve({
        ...valid,
        corrections: [],
        _raw: { sourceFileName: 'a.mdx' },
        body: { raw: '' },
        ...data,
      } as ArticleDocument)
    assert.equal(modified({}), '2024-05-01T16:00:00.000Z')
    assert.equal(modified({ updated: '2024-05-02T10:00' }), '2024-05-02T16:00:00.000Z')
    assert.equal(
      modified({ updated: '2024-05-02T10:00', corrections: [{ date: '2024-05-04T08:00', text: 't' }] }),
      '2024-05-04T14:00:00.000Z',
    )
    assert.equal(
      modified({ updated: '2024-05-06T10:00', corrections: [{ date: '2024-05-04T08:00', text: 't' }] }),
      '2024-05-06T16:00:00.000Z',
    )
  })
})

describe('aliases', () => {
  const article = (path: string, data: Record<string, unknown> = {}) => {
    const [, section, slug] = path.split('/')
    return { file: `content/articles/${section}/${slug}.mdx`, data: { ...valid, section, ...data } }
  }

  it('accepts old article paths', () => {
    assert.deepEqual(problems({ aliases: ['/mexico/old-slug', '/world/some-story'] }), [])
  })

  it('fails an alias that is not a path, or is one of the site’s own', () => {
    assert.deepEqual(problems({ aliases: ['mexico/x', '/Mexico/X', '/mexico/x/', '/search', '/about/standards', '/mexico', '/mexico/page/2', '/lite/mexico/x', '/mexico/feed.xml', '/mexico/x/updates/2', '/logo.png'] }).map((p) => p.split(': ')[1]), [
      'aliases[0]',
      'aliases[1]',
      'aliases[2]',
      'aliases[3]',
      'aliases[4]',
      'aliases[5]',
      'aliases[6]',
      'aliases[7]',
      'aliases[8]',
      'aliases[9]',
      'aliases[10]',
    ])
  })

  it('fails an alias that collides with an article’s address or another alias, naming both files', () => {
    const found = validateArticles(
      [
        article('/mexico/one', { aliases: ['/mexico/two', '/mexico/old', '/mexico/one'] }),
        article('/mexico/two'),
        article('/world/three', { aliases: ['/mexico/old'] }),
      ],
      ctx,
    ).map((p) => `${p.file}: ${p.field}: ${p.message}`)
    assert.deepEqual(found, [
      'content/articles/mexico/one.mdx: aliases[0]: "/mexico/two" is the address of content/articles/mexico/two.mdx; remove the alias or move that article',
      'content/articles/mexico/one.mdx: aliases[2]: "/mexico/one" is this article\'s own address',
      'content/articles/world/three.mdx: aliases[0]: "/mexico/old" is already an alias of content/articles/mexico/one.mdx',
    ])
  })
})

describe('images', () => {
  it('fails a lead image narrower than 1200 px, or without a credit', () => {
    assert.deepEqual(problems({ image: { src: '/images/wide.jpg', alt: 'A', credit: 'C' } }), [])
    assert.deepEqual(problems({ image: { src: '/images/narrow.jpg', alt: 'A', credit: 'C' } }), [
      `${file}: image.src: "/images/narrow.jpg" is 800 px wide; a lead image must be at least 1200 px wide (search engines show large previews only of those)`,
    ])
    assert.match(problems({ image: { src: '/images/wide.jpg', alt: 'A' } })[0]!, /image\.credit: required field is missing/)
  })

  it('fails a <Figure> without a credit, with its line in the file', async () => {
    const body = 'Text.\n\n<Figure src="/images/wide.jpg" alt="A" caption="C" />\n\n<Figure src="/images/wide.jpg" alt="A" credit="Ana" />\n'
    assert.deepEqual(
      (await checkMdxBody(file, body, 10)).map((p) => `${p.field}: ${p.message}`),
      ['body: line 12: <Figure> needs a non-empty credit="…" (who took or owns the photo)'],
    )
  })
})

describe('author profiles and standards pages', () => {
  const author = { name: 'Ana', role: 'Reporter', bio: 'Bio.' }
  const authorProblems = (data: Record<string, unknown>) =>
    validateAuthor({ file: 'content/authors/ana.yaml', data: { ...author, ...data } }, ctx).map(
      (p) => `${p.field}: ${p.message}`,
    )

  it('accepts expertise, languages, profile links and an email', () => {
    assert.deepEqual(
      authorProblems({
        expertise: 'Congress.',
        languages: ['English', 'Spanish'],
        sameAs: ['https://example.org/ana'],
        email: 'ana@thenews.mx',
      }),
      [],
    )
  })

  it('fails a profile link that is not an https address and an email that is not one', () => {
    assert.deepEqual(authorProblems({ sameAs: ['twitter.com/ana', 'http://example.org/ana'], email: 'ana at thenews' }), [
      'sameAs[0]: "twitter.com/ana" must be a full https:// address of a profile page',
      'sameAs[1]: "http://example.org/ana" must be a full https:// address of a profile page',
      'email: "ana at thenews" is not an e-mail address',
    ])
  })

  it('checks a standards page’s fields', () => {
    assert.deepEqual(validatePage({ file: 'content/pages/ethics.mdx', data: { title: 'T', summary: 'S' } }), [])
    assert.deepEqual(
      validatePage({ file: 'content/pages/ethics.mdx', data: { title: 'T' } }).map((p) => `${p.field}: ${p.message}`),
      ['summary: required field is missing'],
    )
  })
})
