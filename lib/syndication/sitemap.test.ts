import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlset,
  NEWS_MAX_URLS,
  selectNewsEntries,
  splitSitemap,
} from './sitemap'

describe('sitemaps', () => {
  it('writes a urlset with escaped locations and lastmod', () => {
    const xml = buildUrlset([
      { url: 'https://x.mx/a?b=1&c=2', lastmod: '2026-11-24T08:15:00-06:00' },
      { url: 'https://x.mx/' },
    ])
    assert.match(xml, /<loc>https:\/\/x.mx\/a\?b=1&amp;c=2<\/loc><lastmod>2026-11-24T08:15:00-06:00<\/lastmod>/)
    assert.match(xml, /<url><loc>https:\/\/x.mx\/<\/loc><\/url>/)
  })

  it('splits past the limit and indexes the parts', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ url: `u${i}` }))
    assert.deepEqual(
      splitSitemap(entries, 2).map((p) => p.length),
      [2, 2, 1],
    )
    assert.deepEqual(splitSitemap([], 2), [[]])
    const index = buildSitemapIndex([{ url: 'https://x.mx/sitemaps/1.xml', lastmod: '2026-01-01' }])
    assert.match(index, /<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/)
    assert.match(index, /<sitemap><loc>https:\/\/x.mx\/sitemaps\/1.xml<\/loc><lastmod>2026-01-01<\/lastmod><\/sitemap>/)
  })
})

describe('Google News sitemap', () => {
  const now = Date.parse('2026-11-25T12:00:00Z')
  const at = (hoursAgo: number, i = 0) => ({
    url: `u${hoursAgo}-${i}`,
    title: 't',
    publishedAt: new Date(now - hoursAgo * 3_600_000).toISOString(),
  })

  it('keeps the last two days only, never the future, newest first', () => {
    const picked = selectNewsEntries([at(50), at(47), at(1), at(-2)], now)
    assert.deepEqual(
      picked.map((e) => e.url),
      ['u1-0', 'u47-0'],
    )
  })

  it('stops at 1,000 entries', () => {
    const many = Array.from({ length: 1200 }, (_, i) => at(1, i))
    assert.equal(selectNewsEntries(many, now).length, NEWS_MAX_URLS)
  })

  it('names the publication and language', () => {
    const xml = buildNewsSitemap([{ ...at(1), publicationDate: '2026-11-25T05:00:00-06:00' }], {
      name: 'The News',
      language: 'en',
    })
    assert.match(
      xml,
      /<news:publication><news:name>The News<\/news:name><news:language>en<\/news:language><\/news:publication>/,
    )
    assert.match(
      xml,
      /<news:publication_date>2026-11-25T05:00:00-06:00<\/news:publication_date><news:title>t<\/news:title>/,
    )
  })
})
