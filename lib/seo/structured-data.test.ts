import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pageMetadata } from './metadata'
import type { ArticleTypeId } from '../../config/article-types'
import { breadcrumbJsonLd, newsArticleJsonLd, publisherJsonLd, websiteJsonLd } from './structured-data'
import { toTagRef } from '../catalogue/tags'
import { OUTLET_BYLINE, sectionRef, type ArticleView } from '../catalogue/view-models'

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
  image: { src: '/images/b.jpg', alt: 'A chart', credit: 'The News' },
  type: { id: 'news', label: 'News' },
  live: false,
  corrections: [],
  fileUpdates: [],
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
    // The lead photo in the three crops search engines ask for, each 1200 px wide; no text card.
    assert.deepEqual(
      ld.image.map((i) => [i.url, i.width, i.height]),
      [
        ['https://www.thenews.mx/renditions/16x9/b.jpg', 1200, 675],
        ['https://www.thenews.mx/renditions/4x3/b.jpg', 1200, 900],
        ['https://www.thenews.mx/renditions/1x1/b.jpg', 1200, 1200],
      ],
    )
    assert.equal(ld.correction, undefined)
    assert.deepEqual(ld.author, [
      { '@type': 'Person', name: 'Daniel Reyes', url: 'https://www.thenews.mx/authors/daniel-reyes' },
    ])
    assert.equal(ld.publisher['@type'], 'NewsMediaOrganization')
    assert.equal(ld.mainEntityOfPage['@id'], 'https://www.thenews.mx/business/peso')
    assert.deepEqual([ld.articleSection, ld.keywords, ld.inLanguage], ['Business', ['peso'], 'en'])
  })

  it('uses the generated card only for an article without a photo', () => {
    const { image, ...noPhoto } = article
    assert.ok(image)
    assert.deepEqual(
      newsArticleJsonLd(noPhoto).image.map((i) => i.url),
      ['https://www.thenews.mx/og/business/peso.png'],
    )
  })

  it('gives each article type its schema.org type beside NewsArticle', () => {
    const typed = (id: ArticleTypeId) => newsArticleJsonLd({ ...article, type: { id, label: id } })['@type']
    assert.equal(typed('news'), 'NewsArticle')
    assert.deepEqual(typed('analysis'), ['NewsArticle', 'AnalysisNewsArticle'])
    assert.deepEqual(typed('opinion'), ['NewsArticle', 'OpinionNewsArticle'])
    assert.deepEqual(typed('explainer'), ['NewsArticle', 'BackgroundNewsArticle'])
    assert.deepEqual(typed('review'), ['NewsArticle', 'ReviewNewsArticle'])
    assert.equal(typed('interview'), 'NewsArticle')
  })

  it('lists corrections and clarifications as CorrectionComment entries', () => {
    const ld = newsArticleJsonLd({
      ...article,
      corrections: [
        { kind: 'correction', date: '2026-11-25T16:00:00.000Z', text: 'The rate was 1.8%.' },
        { kind: 'clarification', date: '2026-11-26T16:00:00.000Z', text: 'Figures are provisional.' },
      ],
    })
    assert.deepEqual(ld.correction, [
      { '@type': 'CorrectionComment', text: 'The rate was 1.8%.', datePublished: '2026-11-25T10:00:00-06:00' },
      {
        '@type': 'CorrectionComment',
        text: 'Clarification: Figures are provisional.',
        datePublished: '2026-11-26T10:00:00-06:00',
      },
    ])
  })

  it('links the standards pages from the publisher', () => {
    const p = publisherJsonLd()
    assert.equal(p.publishingPrinciples, 'https://www.thenews.mx/about/standards')
    assert.equal(p.ethicsPolicy, 'https://www.thenews.mx/about/standards')
    assert.equal(p.correctionsPolicy, 'https://www.thenews.mx/about/corrections-policy')
    assert.equal(p.ownershipFundingInfo, 'https://www.thenews.mx/about/ownership')
    assert.equal(p.masthead, 'https://www.thenews.mx/about/masthead')
    assert.equal(p.noBylinesPolicy, 'https://www.thenews.mx/about/bylines')
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

  it('lets search engines show large images of indexable pages, and keeps noindex pages so', () => {
    assert.deepEqual(pageMetadata({ description: 'D', path: '/x' }).robots, {
      index: true,
      follow: true,
      'max-image-preview': 'large',
    })
    assert.deepEqual(pageMetadata({ description: 'D', path: '/x', noindex: true }).robots, {
      index: false,
      follow: true,
    })
  })
})
