import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import '../../scripts/test-support/test-css-modules'
import { bundleMDX } from 'mdx-bundler'
import { createElement } from 'react'
import { componentTags } from '../content/mdx-check'
import { MDX_COMPONENT_NAMES, type MdxComponentName } from '../content/mdx-component-names'
import { remarkPlugins } from '../content/mdx-options'
import { updatesFromMdx } from '../content/updates'
import { card } from '../../scripts/test-support/fixtures'
import { livePage, mergeUpdates } from '../live/merge'
import type { ArticleView } from '../catalogue/view-models'

// Components import stylesheets: loaded only once ./test-css-modules has taught Node to.
const { articleFeedHtml } = await import('./feed-html')
const { renderStaticMarkup } = await import('../render/static-markup')
const { ArticleContent } = await import('../../components/ArticleContent')
const { mdxComponents } = await import('../../components/mdx/mdxComponents')
const { liteMdxComponents } = await import('../../components/mdx/liteMdxComponents')

const ORIGIN = 'https://x.mx'

/** An article using every MDX component (the first test holds it to that), as an editor writes it. */
const SOURCE = `See [the plan](/mexico/plan).

<Figure src="/images/mexico/yucatan-coast.jpg" alt="A calm sea" caption="The coast" credit="The News" />

<PullQuote by="Ana Ruiz, mayor">We are ready.</PullQuote>

<FactBox title="Key numbers">

- 150 mm of rain

</FactBox>

<RelatedLink href="/world/drought">Drought plan</RelatedLink>

<Update time="2026-11-29T18:30" title="Warning raised" key>
Early text.
</Update>

<Update time="2026-11-29T20:10" title="Ports closed">
Later text, with [a link](/mexico/ports).
</Update>

| a | b |
| - | - |
| 1 | 2 |
`

/** Compiled as contentlayer compiles a body (mdx-bundler with the build's remark plugins). */
async function compile(source: string): Promise<string> {
  const { code } = await bundleMDX({
    source,
    mdxOptions: (o) => ({ ...o, remarkPlugins: [...(o.remarkPlugins ?? []), ...remarkPlugins] }),
  })
  return code
}

async function view(live: boolean): Promise<ArticleView> {
  return {
    ...card('storm', 'mexico', '2026-11-29T18:00:00.000Z'),
    type: { id: 'live', label: 'Live' },
    live,
    corrections: [
      { kind: 'correction', date: '2026-11-30T10:00:00.000Z', text: 'The rain was 150 mm, not 50.' },
      { kind: 'clarification', date: '2026-11-30T11:00:00.000Z', text: 'Shelters are run by the state.' },
    ],
    fileUpdates: updatesFromMdx(SOURCE),
    readingMinutes: 1,
    excerpt: '',
    draft: false,
    scheduled: false,
    bodyCode: await compile(SOURCE),
  }
}

const liveOf = (a: ArticleView) => livePage(mergeUpdates(a.fileUpdates, []))

const ARTICLE_URL = `${ORIGIN}/mexico/storm`

/** The page's markup as a feed reader needs it, by this test's own rules: no class or style, URLs absolute. */
const asFeedReaderWouldNeedIt = (html: string) =>
  html
    .replace(/ (class|style)="[^"]*"/g, '')
    .replace(/(="|, )\/(?!\/)/g, `$1${ORIGIN}/`)
    .replace(/="#/g, `="${ARTICLE_URL}#`)

const bodyOf = (feed: string) =>
  /^<aside aria-label="Correction">.*?<\/aside>(<div>.*?<\/div>)<section/s.exec(feed)?.[1] ?? ''

/** What each component looks like in a feed item: as on the page, and where the page shows it. */
const EXPECTED: Record<MdxComponentName, (feed: string) => void> = {
  Figure: (feed) =>
    assert.match(
      feed,
      /<figure><img alt="A calm sea" [^>]*src="https:\/\/x\.mx\/_next\/image\?url=%2Fimages%2Fmexico%2Fyucatan-coast\.jpg&amp;w=\d+&amp;q=75"[^>]*\/><figcaption>The coast, <span>photo: The News<\/span><\/figcaption><\/figure>/,
    ),
  PullQuote: (feed) =>
    assert.match(
      feed,
      /<figure><blockquote>We are ready\.<\/blockquote><figcaption>— Ana Ruiz, mayor<\/figcaption><\/figure>/,
    ),
  // The page's title is a paragraph, not a heading (the feed once made it an <h3>).
  FactBox: (feed) => {
    assert.match(
      feed,
      /<aside aria-label="Key numbers"><p>Key numbers<\/p><ul>\s*<li>150 mm of rain<\/li>\s*<\/ul><\/aside>/,
    )
    assert.doesNotMatch(feed, /<h\d>Key numbers/)
  },
  RelatedLink: (feed) =>
    assert.match(feed, /<p><span>Read also: <\/span><a href="https:\/\/x\.mx\/world\/drought">Drought plan<\/a><\/p>/),
  // Not in the body: after it, with the posted ones, newest first, as the page's live blog lists them.
  Update: (feed) => {
    assert.doesNotMatch(bodyOf(feed), /Early text|Later text/)
    const later = feed.indexOf('<h4>Ports closed</h4>')
    const earlier = feed.indexOf('<h4>Warning raised</h4>')
    assert.ok(later > feed.indexOf('<section') && earlier > later, 'newest first, after the body')
  },
}

describe('feed item HTML', () => {
  let ended: ArticleView
  let feed: string
  let page: string
  before(async () => {
    ended = await view(false)
    feed = articleFeedHtml(ended, liveOf(ended), ARTICLE_URL)
    page = renderStaticMarkup(createElement(ArticleContent, { article: ended, live: liveOf(ended) }))
  })

  it('has a renderer for every allowed component on the page, the lite page and in feeds, and no other', () => {
    assert.ok(MDX_COMPONENT_NAMES.length > 0)
    for (const map of [mdxComponents, liteMdxComponents]) {
      const capitalised = Object.keys(map).filter((k) => /^[A-Z]/.test(k))
      assert.deepEqual(capitalised.sort(), [...MDX_COMPONENT_NAMES].sort())
      for (const name of MDX_COMPONENT_NAMES) assert.equal(typeof map[name], 'function', name)
    }
    // A new component needs its expectation below, and a place in the test article.
    const used = new Set(componentTags(SOURCE).map((t) => t.name))
    for (const name of MDX_COMPONENT_NAMES) {
      assert.equal(typeof EXPECTED[name], 'function', `an expectation for <${name}>`)
      assert.ok(used.has(name), `the test article uses <${name}>`)
    }
  })

  for (const name of MDX_COMPONENT_NAMES)
    it(`shows <${name}> as the page does`, () => {
      EXPECTED[name](feed)
    })

  it('is the page below its header, with nothing only a browser needs and every URL absolute', () => {
    const header = /^<header[^>]*>.*?<\/header>/s.exec(page)?.[0]
    assert.ok(header, 'the page starts with its header')
    assert.equal(feed, asFeedReaderWouldNeedIt(page.slice(header.length)))
    assert.match(feed, /^<aside aria-label="Correction">.*The rain was 150 mm, not 50\./s)
    assert.match(feed, /<p>See <a href="https:\/\/x\.mx\/mexico\/plan">the plan<\/a>\.<\/p>/)
    assert.match(feed, /<table><thead><tr><th>a<\/th>/)
    assert.match(feed, /<a href="https:\/\/x\.mx\/mexico\/ports">a link<\/a>/)
    assert.match(feed, /<aside aria-label="Clarification">.*Shelters are run by the state\..*<\/aside>$/s)
    assert.doesNotMatch(feed, / (class|style)="/)
    assert.doesNotMatch(feed, /\s(href|src|srcSet)="(?!https:\/\/x\.mx\/)/i)
    assert.doesNotMatch(feed, /, \/(?!\/)/)
  })

  it("leaves out the running live article's polling script, which the page has", async () => {
    const running = await view(true)
    const live = liveOf(running)
    assert.match(renderStaticMarkup(createElement(ArticleContent, { article: running, live })), /<script/)
    const html = articleFeedHtml(running, live, ARTICLE_URL)
    assert.doesNotMatch(html, /<script|live-poller/)
    assert.match(html, /<h4>Ports closed<\/h4>/)
  })

  it('fails on a component it has no renderer for, rather than leaving it out', async () => {
    const article = { ...ended, bodyCode: await compile('Text.\n\n<Chart data="x" />\n') }
    assert.throws(() => articleFeedHtml(article, null, ARTICLE_URL), /Expected component `Chart` to be defined/)
  })
})
