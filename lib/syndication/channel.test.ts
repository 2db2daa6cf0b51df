import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { theNews } from '../../config/brands/the-news'
import { feedChannel, newsPublication, type SyndicationBrand } from './channel'
import { buildRss } from './feed'
import { buildNewsSitemap } from './sitemap'

// A brand whose codes all differ from its html lang: each must come from its own field
// (config/types.ts), never from another (the feeds once said the html lang everywhere).
const brand: SyndicationBrand = {
  name: 'Diario Prueba',
  url: 'https://diario.example',
  description: 'Noticias',
  rssLanguage: 'es-mx',
  newsLanguage: 'es',
  strings: {
    ...theNews.strings,
    seo: { ...theNews.strings.seo, sectionFeed: '{section} · {name}', authorsList: '{names} y {last}' },
  },
}
const section = { id: 'deportes', label: 'Deportes', description: 'Futbol y más.' }

describe('feedChannel', () => {
  it('gives RSS <language> the brand’s RSS code', () => {
    const xml = buildRss(feedChannel(brand), [])
    assert.match(xml, /<language>es-mx<\/language>/)
    assert.equal(feedChannel(brand, section).language, 'es-mx')
  })

  it('titles a section feed with the brand’s template, and addresses it under the brand’s origin', () => {
    assert.deepEqual(feedChannel(brand, section), {
      title: 'Deportes · Diario Prueba',
      link: 'https://diario.example/deportes',
      selfUrl: 'https://diario.example/deportes/feed.xml',
      description: 'Futbol y más.',
      language: 'es-mx',
      imageUrl: 'https://diario.example/logo.png',
      authorsList: '{names} y {last}',
    })
    assert.equal(feedChannel(brand).title, 'Diario Prueba')
    assert.equal(feedChannel(brand).description, 'Noticias')
  })

  it('joins an item’s authors in the brand’s words', () => {
    const xml = buildRss(feedChannel(brand), [
      {
        title: 'T',
        url: 'https://diario.example/a',
        summary: 'S',
        html: '',
        publishedAt: '2026-11-24T14:00:00.000Z',
        authors: ['Ana', 'Luis', 'Sofía'],
        categories: [],
      },
    ])
    assert.match(xml, /<dc:creator>Ana, Luis y Sofía<\/dc:creator>/)
  })

  it('The News: feeds in "en", titled "The News: Sports"', () => {
    const news = { ...theNews, url: 'https://www.thenews.mx' }
    assert.equal(feedChannel(news).language, 'en')
    assert.equal(feedChannel(news, { id: 'sports', label: 'Sports', description: '' }).title, 'The News: Sports')
  })
})

describe('newsPublication', () => {
  it('gives <news:language> the brand’s news code (ISO 639, no region)', () => {
    const xml = buildNewsSitemap(
      [
        {
          url: 'https://diario.example/a',
          title: 'T',
          publishedAt: '2026-11-24T14:00:00.000Z',
          publicationDate: '2026-11-24T08:00:00-06:00',
        },
      ],
      newsPublication(brand),
    )
    assert.match(xml, /<news:name>Diario Prueba<\/news:name><news:language>es<\/news:language>/)
  })

  it('The News: "en"', () => {
    assert.deepEqual(newsPublication({ ...theNews, url: theNews.url }), { name: 'The News', language: 'en' })
  })
})
