import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pageMetadata } from './metadata'
import { breadcrumbJsonLd, newsArticleJsonLd, websiteJsonLd } from './structured-data'
import { toTagRef } from './tags'
import { OUTLET_BYLINE, sectionRef, type ArticleView } from './view-models'

const article: ArticleView = {
  slug: 'peso',
  url: '/business/peso',
  title: 'Peso rises',
  summary: 'Dek.',
  section: sectionRef('business'),
  publishedAt: '2026-11-24T14:15:00.000Z',
  updatedAt: '2026-11-24T20:00:00.000Z',
  authors: [{ name: 'Daniel Reyes', url: '/authors/daniel-reyes' }],
  tags: [toTagRef('peso')],
  image: { src: '/images/b.jpg', alt: 'A chart' },
  readingMinutes: 2,
  excerpt: '',
  bodyCode: '',
  draft: false,
  scheduled: false,
}

describe('NewsArticle JSON-LD', () => {
  it('describes the article with offsets, images, people and the publisher', () => {
    const ld = newsArticleJsonLd(article)
    assert.equal(ld['@type'], 'NewsArticle')
    assert.equal(ld.datePublished, '2026-11-24T08:15:00-06:00')
    assert.equal(ld.dateModified, '2026-11-24T14:00:00-06:00')
    assert.deepEqual(ld.image, ['https://www.thenews.mx/images/b.jpg', 'https://www.thenews.mx/og/business/peso.png'])
    assert.deepEqual(ld.author, [
      { '@type': 'Person', name: 'Daniel Reyes', url: 'https://www.thenews.mx/authors/daniel-reyes' },
    ])
    assert.equal(ld.publisher['@type'], 'NewsMediaOrganization')
    assert.equal(ld.mainEntityOfPage['@id'], 'https://www.thenews.mx/business/peso')
    assert.deepEqual([ld.articleSection, ld.keywords, ld.inLanguage], ['Business', ['peso'], 'en'])
  })

  it('credits the outlet as an Organization when no one signs', () => {
    const ld = newsArticleJsonLd({ ...article, authors: [OUTLET_BYLINE] })
    assert.deepEqual(ld.author, [{ '@type': 'Organization', name: 'The News', url: 'https://www.thenews.mx/' }])
  })
})

describe('other structured data', () => {
  it('numbers breadcrumbs from the home page', () => {
    const ld = breadcrumbJsonLd([{ name: 'Business', path: '/business' }])
    assert.deepEqual(
      ld.itemListElement.map((i) => [i.position, i.name, i.item]),
      [
        [1, 'The News', 'https://www.thenews.mx/'],
        [2, 'Business', 'https://www.thenews.mx/business'],
      ],
    )
  })

  it('offers a search action on the website', () => {
    assert.equal(
      websiteJsonLd().potentialAction.target.urlTemplate,
      'https://www.thenews.mx/search?q={search_term_string}',
    )
  })

  it('keeps feed links and the share image whatever a page sets', () => {
    const meta = pageMetadata({ title: 'T', description: 'D', path: '/x', feed: { path: '/x/feed.xml', title: 'X' } })
    const feeds = (meta.alternates?.types?.['application/rss+xml'] ?? []) as { url: string }[]
    assert.deepEqual(
      feeds.map((f) => f.url),
      ['/feed.xml', '/x/feed.xml'],
    )
    assert.equal(meta.alternates?.canonical, '/x')
    assert.deepEqual((meta.openGraph?.images as { url: string }[])[0]?.url, '/og/default.png')
  })
})
