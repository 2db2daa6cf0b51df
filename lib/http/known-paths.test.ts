import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { describe, it } from 'node:test'
import { OTHER_ROUTES, knownPath, type ContentLookups } from './known-paths'

// A small archive: two Mexico articles (one a draft), Mexico has 3 pages, tag "cities" 2, one author.
const lookups: ContentLookups = {
  hasArticle: (section, slug) => section === 'mexico' && ['bus-network', 'draft-budget'].includes(slug),
  hasSectionPage: (section, page) => section === 'mexico' && page <= 3,
  hasTagPage: (tag, page) => tag === 'cities' && page <= 2,
  hasAuthorPage: (id, page) => id === 'ana' && page === 1,
  hasCorrectionsPage: (page) => page === 2,
  hasStandardsPage: (slug) => slug === 'standards',
  isLiveArticle: (section, slug) => section === 'mexico' && slug === 'storm-live',
}
const known = (path: string) => knownPath(path, lookups)

describe('known paths (proxy.ts)', () => {
  it('passes what exists: articles (drafts too), archive pages, tags, authors, share cards, other routes', () => {
    for (const path of [
      '/mexico/bus-network',
      '/mexico/draft-budget',
      '/mexico/feed.xml',
      '/mexico/page/2',
      '/mexico/page/3',
      '/tags/cities',
      '/tags/cities/page/2',
      '/authors/ana',
      '/og/mexico/bus-network.png',
      '/og/default.png',
      '/newsletter/confirm',
      '/sitemaps/1.xml',
      '/about/standards',
      '/corrections/page/2',
      '/mexico/storm-live/updates/2',
      '/mexico/storm-live/updates/1000',
      '/lite/mexico/bus-network',
      '/renditions/16x9/mexico/zocalo-dusk.jpg',
      '/images/mexico/zocalo-dusk.jpg', // public/ files: the file server answers
      '/',
      '/anything', // one segment: the sections route is closed (dynamicParams = false) and 404s itself
    ])
      assert.equal(known(path), 'pass', path)
  })

  it('answers 404 for what does not exist, before anything renders', () => {
    for (const path of [
      '/corrections/page/3',
      '/mexico/no-such/updates/2',
      '/mexico/bus-network/updates/2', // not a live article
      '/mexico/storm-live/updates/1001',
      '/about/anything-at-all',
      '/about/standards/more',
      '/mexico/bus-network/updates/1',
      '/mexico/bus-network/updates/2/x',
      '/corrections/page/1',
      '/corrections/other',
      '/lite/mexico/no-such-story',
      '/lite/politics/bus-network',
      '/lite/mexico',
      '/lite/mexico/bus-network/extra',
      '/mexico/no-such-story',
      '/world/bus-network',
      '/mexico/bus-network/extra',
      '/mexico/page/4',
      '/mexico/page/1', // page 1 lives at /mexico
      '/mexico/page/02',
      '/mexico/page',
      '/mexico/page/2/3',
      '/tags/no-such-tag',
      '/tags/cities/page/1',
      '/tags/cities/page/3',
      '/tags/cities/feed',
      '/authors/nobody',
      '/authors/ana/page/2',
      '/og/mexico/no-such-story.png',
      '/og/mexico/bus-network',
      '/og/politics/bus-network.png',
      '/politics/some-story',
    ])
      assert.equal(known(path), 'not-found', path)
  })

  it('answers 404 for malformed percent-encoding instead of failing', () => {
    for (const path of [
      '/mexico/%FF',
      '/tags/%FF',
      '/authors/%E0%A4%A',
      '/og/mexico/%FF.png',
      '/mexico/page/%FF',
      '/%FF/x',
      '/mexico/%',
    ])
      assert.equal(known(path), 'not-found', path)
  })
})

describe('the routes the proxy lets through', () => {
  it('include every top-level folder of app/ and public/ (a new route must not be answered 404)', () => {
    const folders = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !/^[[(_]/.test(d.name) && !d.name.includes('.'))
        .map((d) => d.name)
    for (const name of [...folders('app'), ...folders('public')])
      assert.ok(OTHER_ROUTES.has(name), `${name}/ is missing from OTHER_ROUTES in lib/http/known-paths.ts`)
  })
})
