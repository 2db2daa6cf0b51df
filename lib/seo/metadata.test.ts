import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { listPageMetadata, pageMetadata } from './metadata'
import { websiteJsonLd } from './structured-data'

// The built brand is The News: these are its words and codes (config/brands/the-news.ts).
describe('metadata in the brand’s language', () => {
  it('og:locale is the brand’s', () => {
    assert.equal(pageMetadata({ description: 'D', path: '/x' }).openGraph?.locale, 'en_US')
  })

  it('the home page’s social title, the site feed’s title and a list page’s title', () => {
    const home = pageMetadata({ description: 'D', path: '/' })
    assert.equal(home.openGraph?.title, "The News: Mexico's English-language daily")
    assert.deepEqual(home.alternates?.types?.['application/rss+xml'], [
      { url: '/feed.xml', title: 'The News: latest news' },
    ])
    assert.equal(
      listPageMetadata({ title: 'Mexico', description: 'D', base: '/mexico', page: 3 }).title,
      'Mexico, page 3',
    )
    assert.equal(listPageMetadata({ title: 'Mexico', description: 'D', base: '/mexico', page: 1 }).title, 'Mexico')
  })

  it('JSON-LD inLanguage is the html lang ("en"), not the Intl or og locale', () => {
    assert.equal(websiteJsonLd().inLanguage, 'en')
  })
})
