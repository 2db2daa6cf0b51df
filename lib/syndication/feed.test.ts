import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildRss } from './feed'
import { cdata, escapeXml } from './xml'

const channel = {
  title: 'The News',
  link: 'https://x.mx/',
  selfUrl: 'https://x.mx/feed.xml',
  description: 'D & more',
  language: 'en',
  imageUrl: 'https://x.mx/logo.png',
  authorsList: '{names} and {last}',
}

describe('buildRss', () => {
  const xml = buildRss(channel, [
    {
      title: 'Peso <rises> & "falls"',
      url: 'https://x.mx/business/peso',
      summary: 'S',
      html: '<p>Body ]]> trick</p>',
      publishedAt: '2026-11-24T14:15:00.000Z',
      authors: ['Ana', 'Luis', 'Sofía'],
      categories: ['Business', 'peso'],
      image: { url: 'https://x.mx/a.jpg', type: 'image/jpeg', length: 1234, alt: 'A chart', credit: 'AP' },
    },
  ])

  it('escapes text and keeps CDATA intact', () => {
    assert.match(xml, /<title>Peso &lt;rises&gt; &amp; &quot;falls&quot;<\/title>/)
    assert.match(xml, /<content:encoded><!\[CDATA\[<p>Body ]]]]><!\[CDATA\[> trick<\/p>]]><\/content:encoded>/)
    assert.match(xml, /<description>D &amp; more<\/description>/)
  })

  it('carries date, authors, categories and the image', () => {
    assert.match(xml, /<pubDate>Tue, 24 Nov 2026 14:15:00 GMT<\/pubDate>/)
    assert.match(xml, /<dc:creator>Ana, Luis and Sofía<\/dc:creator>/)
    assert.match(xml, /<category>Business<\/category>\s*<category>peso<\/category>/)
    assert.match(xml, /<enclosure url="https:\/\/x.mx\/a.jpg" length="1234" type="image\/jpeg"\/>/)
    assert.match(xml, /<media:content url="https:\/\/x.mx\/a.jpg" medium="image"/)
  })

  it('dates the channel by its latest change: a publication, an update or a correction', () => {
    const item = { title: 'T', summary: 'S', html: '', authors: [], categories: [] }
    const built = buildRss(channel, [
      { ...item, url: 'https://x.mx/a', publishedAt: '2026-11-24T14:00:00.000Z' },
      {
        ...item,
        url: 'https://x.mx/b',
        publishedAt: '2026-11-20T14:00:00.000Z',
        modifiedAt: '2026-11-25T09:00:00.000Z',
      },
    ])
    assert.match(built, /<lastBuildDate>Wed, 25 Nov 2026 09:00:00 GMT<\/lastBuildDate>/)
    const unchanged = buildRss(channel, [{ ...item, url: 'https://x.mx/a', publishedAt: '2026-11-24T14:00:00.000Z' }])
    assert.match(unchanged, /<lastBuildDate>Tue, 24 Nov 2026 14:00:00 GMT<\/lastBuildDate>/)
  })
})

describe('xml helpers', () => {
  it('escape the five XML characters', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
    assert.equal(cdata('a]]>b'), '<![CDATA[a]]]]><![CDATA[>b]]>')
  })
})
