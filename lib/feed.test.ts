import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildRss } from './feed'
import { mdxToFeedHtml } from './feed-html'
import { cdata, escapeXml } from './xml'

const channel = {
  title: 'The News',
  link: 'https://x.mx/',
  selfUrl: 'https://x.mx/feed.xml',
  description: 'D & more',
  language: 'en',
  imageUrl: 'https://x.mx/logo.png',
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

describe('mdxToFeedHtml', () => {
  it('turns components into plain HTML with absolute URLs', async () => {
    const html = await mdxToFeedHtml(
      [
        'See [this](/mexico/a).',
        '<Figure src="/images/a.jpg" alt="A" caption="C" credit="D" />',
        '<PullQuote by="Ana">Said.</PullQuote>',
        '<FactBox title="Facts">\n\n- one\n\n</FactBox>',
        '<RelatedLink href="/world/b">Other</RelatedLink>',
        '| a | b |\n| - | - |\n| 1 | 2 |',
      ].join('\n\n'),
      'https://x.mx',
    )
    assert.match(html, /<a href="https:\/\/x.mx\/mexico\/a">this<\/a>/)
    assert.match(
      html,
      /<figure><img src="https:\/\/x.mx\/images\/a.jpg" alt="A"><figcaption>C, photo: D<\/figcaption><\/figure>/,
    )
    assert.match(html, /<figure><blockquote>Said.<\/blockquote><figcaption>— Ana<\/figcaption><\/figure>/)
    assert.match(html, /<aside><h3>Facts<\/h3><ul>\s*<li>one<\/li>\s*<\/ul><\/aside>/)
    assert.match(html, /<p><strong>Read also: <\/strong><a href="https:\/\/x.mx\/world\/b">Other<\/a><\/p>/)
    assert.match(html, /<table>/)
    assert.doesNotMatch(html, /<p><(figure|p|aside)/)
  })
})
