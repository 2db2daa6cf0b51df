// The serverless artefact of any brand (issue 21): the Lambda build of the brand a project folder
// built, run through its real handler in the sandbox (sandbox.ts), answers in that brand's language,
// with its name, its content and its own addresses. The folder: SERVERLESS_PROJECT_DIR (default the
// current one); the brand: the one its content step selected (brand-under-test.ts). scripts/test.sh
// runs it for The News with the other serverless specs and for one Spanish brand in its own copy of
// the project. Alone: in that folder `THENEWS_TEST_ARTICLES=1 BRAND=<id> npx tsx
// scripts/make-test-articles.ts` and `BRAND=<id> PREBUILD_ARTICLES=5 PREBUILD_LIST_PAGES=1 npm run
// build:serverless:local`, then here `SERVERLESS_PROJECT_DIR=<folder> scripts/with-postgres.sh npx
// tsx --test scripts/serverless/brand.spec.ts`.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { brandArticles, brandUnderTest, type BrandArticle, type BrandUnderTest } from './brand-under-test'
import {
  assertLocalArtefact,
  escapeHtml,
  header,
  NETWORK_ATTEMPT,
  OPEN_NEXT,
  prerenderedRoutes,
  SERVER,
} from './harness'
import {
  apiGatewayEvent,
  bodyText,
  functionTmp,
  readOnlyCopy,
  startFunction,
  type LambdaResult,
  type RunningFunction,
  type Sandbox,
} from './sandbox'
import { createTestDatabase, type TestDatabase } from './test-database'

const brand: BrandUnderTest = await brandUnderTest()
const { config } = brand
const openNext = join(brand.dir, OPEN_NEXT)
const articles: BrandArticle[] = brandArticles(brand)

let sandbox: Sandbox | undefined
let server: RunningFunction
let database: TestDatabase | undefined

/** A GET as API Gateway hands it over on the brand's own host. */
async function get(path: string): Promise<LambdaResult> {
  const event = apiGatewayEvent({ path, headers: { host: new URL(config.url).host } })
  return (await server.invoke(event)).result
}

function assertBrandPage(res: LambdaResult, path: string) {
  const html = bodyText(res)
  assert.match(header(res, 'content-type'), /^text\/html/, path)
  // Compared as values, so a failure names the two languages, not the whole page.
  const lang = /<html[^>]* lang="([^"]*)"/.exec(html)?.[1]
  assert.equal(lang, config.lang, `${path}: <html lang>`)
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
  assert.ok(title.includes(escapeHtml(config.name)), `${path}: <title>${title}</title> lacks ${config.name}`)
}

/** The article's own JSON-LD object (the one whose headline is its title). */
function articleJsonLd(html: string, title: string): Record<string, unknown> | undefined {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
    .find((ld) => ld.headline === title)
}

describe(`serverless artefact of ${brand.id} (${config.lang}), from ${brand.dir}`, () => {
  before(async () => {
    assertLocalArtefact(openNext)
    sandbox = readOnlyCopy(openNext)
    database = await createTestDatabase()
    server = startFunction(sandbox, SERVER, functionTmp(sandbox, 'server'), { DATABASE_URL: database.socketUrl })
    await server.ready
  })

  after(async () => {
    await server?.stop()
    await database?.drop()
    sandbox?.remove()
  })

  it('serves the home page in the brand’s language, with its name and newest story', async () => {
    const res = await get('/')
    assert.equal(res.statusCode, 200)
    assertBrandPage(res, '/')
    assert.ok(bodyText(res).includes(`href="${articles[0]!.url}"`), `the home page lacks ${articles[0]!.url}`)
  })

  it('serves a section front', async () => {
    const section = config.sections[0]
    assert.ok(section, `${brand.id} has no section`)
    const res = await get(`/${section.id}`)
    assert.equal(res.statusCode, 200)
    assertBrandPage(res, `/${section.id}`)
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(bodyText(res))?.[1]
    assert.equal(h1, escapeHtml(section.label), `/${section.id}: <h1>`)
  })

  it('serves a prebuilt article and one rendered on first request, in the brand’s language', async () => {
    const prerendered = prerenderedRoutes(openNext)
    const prebuilt = articles.find((a) => prerendered.has(a.url))
    const onDemand = articles.findLast((a) => !prerendered.has(a.url))
    assert.ok(prebuilt, `no article of ${brand.id} was prebuilt`)
    assert.ok(onDemand, 'every article was prebuilt: build with PREBUILD_ARTICLES below their number')
    for (const article of [prebuilt, onDemand]) {
      const res = await get(article.url)
      assert.equal(res.statusCode, 200, article.url)
      assertBrandPage(res, article.url)
      const ld = articleJsonLd(bodyText(res), article.title)
      assert.ok(ld, `${article.url}: no JSON-LD with the headline “${article.title}”`)
      assert.equal(ld.inLanguage, config.lang, `${article.url}: JSON-LD inLanguage`)
    }
  })

  it('answers an unknown path with the brand’s own 404 page', async () => {
    const path = `/${config.sections[0]!.id}/no-such-story-anywhere`
    const res = await get(path)
    assert.equal(res.statusCode, 404)
    assert.doesNotMatch(bodyText(res), /__next_error__/, 'the empty error shell, not the site’s 404 page')
    assertBrandPage(res, path)
    // It offers the brand's sections, not another brand's.
    for (const s of config.sections) assert.ok(bodyText(res).includes(`href="/${s.id}"`), `404 page lacks /${s.id}`)
  })

  it('declares the brand’s language in the RSS feed, which lists its newest story', async () => {
    const res = await get('/feed.xml')
    assert.equal(res.statusCode, 200)
    assert.equal(/<language>([^<]*)<\/language>/.exec(bodyText(res))?.[1], config.rssLanguage, '<language>')
    assert.ok(bodyText(res).includes(`${articles[0]!.url}</link>`), `the feed lacks ${articles[0]!.url}`)
  })

  // The news sitemap lists the last two days: the test run's own story (scripts/make-test-articles.ts,
  // written for every brand scripts/test.sh builds) is there on any date.
  it('lists the test run’s recent story in the news sitemap, in the brand’s language', async () => {
    const recent = articles.find((a) => a.slug.startsWith('test-fresh-'))
    assert.ok(recent, `no test-fresh-* story of ${brand.id}: write the test run's with scripts/make-test-articles.ts`)
    const res = await get('/news-sitemap.xml')
    assert.equal(res.statusCode, 200)
    assert.match(header(res, 'content-type'), /xml/)
    assert.ok(bodyText(res).includes(`${recent.url}</loc>`), `the news sitemap lacks ${recent.url}`)
    const languages = [...bodyText(res).matchAll(/<news:language>([^<]*)<\/news:language>/g)].map((m) => m[1])
    assert.ok(languages.length > 0, 'no <news:language> in the news sitemap')
    for (const language of new Set(languages)) assert.equal(language, config.newsLanguage, '<news:language>')
  })

  it('names the brand’s own sitemaps in robots.txt', async () => {
    const res = await get('/robots.txt')
    assert.equal(res.statusCode, 200)
    const url = config.url.replace(/\/+$/, '')
    assert.ok(bodyText(res).includes(`Sitemap: ${url}/sitemap.xml`), bodyText(res))
    assert.ok(bodyText(res).includes(`Sitemap: ${url}/news-sitemap.xml`), bodyText(res))
  })

  it('never tried the network', () => {
    assert.doesNotMatch(server.log(), NETWORK_ATTEMPT)
  })
})
