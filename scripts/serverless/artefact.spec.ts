// The serverless artefact, proven: the OpenNext build for AWS Lambda, built by
// `npm run build:serverless:local` (local stand-ins for S3, DynamoDB and SQS;
// open-next.local.config.ts), copied read-only, its handler run as an unprivileged user in a network namespace with only loopback,
// PostgreSQL reached by its Unix socket. scripts/test.sh builds it and runs this file after the
// browser tests; alone: `PREBUILD_ARTICLES=10 PREBUILD_LIST_PAGES=1 npm run
// build:serverless:local && scripts/with-postgres.sh npx tsx --test scripts/serverless/artefact.spec.ts`.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import sharp from 'sharp'
import { byNewest, drafts, publicArticles } from '../../e2e/lib/content'
import {
  assertLocalArtefact,
  escapeHtml,
  header,
  NETWORK_ATTEMPT,
  OPEN_NEXT,
  prerenderedRoutes,
  recordTimings,
  SERVER,
} from './harness'
import {
  apiGatewayEvent,
  bodyBytes,
  bodyText,
  functionTmp,
  readOnlyCopy,
  startFunction,
  type LambdaResult,
  type Request,
  type RunningFunction,
  type Sandbox,
} from './sandbox'
import { createTestDatabase, type TestDatabase } from './test-database'

const SECRETS = {
  PREVIEW_SECRET: 'lambda-preview-secret',
  REVALIDATE_SECRET: 'lambda-revalidate-secret',
  LIVE_SECRET: 'lambda-live-secret',
}
const EMOJI_ARTICLE = publicArticles.find((a) => /\p{Extended_Pictographic}/u.test(a.title))

let sandbox: Sandbox
let server: RunningFunction
let serverTmp = ''
let database: TestDatabase | undefined
const timings: Record<string, number> = {}

async function get(request: Request | string): Promise<LambdaResult> {
  const { result } = await server.invoke(apiGatewayEvent(typeof request === 'string' ? { path: request } : request))
  return result
}

describe('serverless artefact (OpenNext, AWS Lambda handler)', () => {
  before(async () => {
    assertLocalArtefact()
    sandbox = readOnlyCopy(OPEN_NEXT)
    database = await createTestDatabase()
    const db = database
    serverTmp = functionTmp(sandbox, 'server')
    const started = performance.now()
    server = startFunction(sandbox, SERVER, serverTmp, { DATABASE_URL: db.socketUrl, ...SECRETS })
    const { importMs } = await server.ready
    const first = await server.invoke(apiGatewayEvent({ path: '/' }))
    timings.serverImportMs = importMs
    timings.serverFirstRequestMs = first.ms
    timings.serverColdStartMs = Math.round(performance.now() - started)
  })

  after(async () => {
    await server?.stop()
    await database?.drop()
    if (process.env.KEEP_SANDBOX) console.log(`sandbox kept: ${sandbox?.root}`)
    else sandbox?.remove()
    recordTimings(timings)
  })

  it('runs read-only, as an unprivileged user, with no network but loopback', async () => {
    const { sandbox: facts } = await server.ready
    assert.deepEqual(facts, { uid: 65534, networkInterfaces: ['lo'], functionFolderWritable: false, tmpWritable: true })
  })

  it('serves the home page', async () => {
    const res = await get('/')
    assert.equal(res.statusCode, 200)
    assert.match(header(res, 'content-type'), /^text\/html/)
    assert.match(bodyText(res), /<h1[^>]*>/)
    assert.match(bodyText(res), /<nav[^>]+aria-label="[^"]*media group"/)
    // The security headers of next.config.js come through OpenNext's routing layer too.
    assert.match(header(res, 'content-security-policy'), /frame-ancestors 'none'/)
    assert.match(header(res, 'strict-transport-security'), /max-age=31536000; includeSubDomains/)
    assert.equal(header(res, 'x-content-type-options'), 'nosniff')
  })

  it('answers only GET and HEAD on pages', async () => {
    const res = await get({ method: 'POST', path: '/mexico', headers: { 'content-type': 'text/plain' }, body: 'x' })
    assert.equal(res.statusCode, 405)
    assert.equal(header(res, 'allow'), 'GET, HEAD')
  })

  it('serves a prebuilt article and one rendered on first request, then cached in /tmp', async () => {
    const prerendered = prerenderedRoutes()
    const newest = [...publicArticles].sort(byNewest)
    const prebuilt = newest.find((a) => prerendered.has(a.url))
    const onDemand = newest.findLast((a) => !prerendered.has(a.url))
    assert.ok(prebuilt && onDemand, 'build with PREBUILD_ARTICLES below the number of articles')

    const a = await get(prebuilt.url)
    assert.equal(a.statusCode, 200)
    assert.ok(bodyText(a).includes(escapeHtml(prebuilt.title)), `${prebuilt.url} lacks its headline`)

    const first = await get(onDemand.url)
    assert.equal(first.statusCode, 200)
    assert.ok(bodyText(first).includes(escapeHtml(onDemand.title)), `${onDemand.url} lacks its headline`)
    assert.match(bodyText(first), /<time[^>]+datetime=/i)
    const again = await get(onDemand.url)
    assert.equal(again.statusCode, 200)
    assert.equal(header(again, 'x-nextjs-cache'), 'HIT', 'the on-demand article was not cached')
  })

  it('serves a lite page rendered on first request, without a script', async () => {
    const oldest = [...publicArticles].sort(byNewest).at(-1)!
    const res = await get(`/lite${oldest.url}`)
    assert.equal(res.statusCode, 200, bodyText(res).slice(0, 300))
    assert.match(header(res, 'content-type'), /^text\/html/)
    assert.match(bodyText(res), new RegExp(`<link rel="canonical" href="[^"]+${oldest.url}"`))
    assert.doesNotMatch(bodyText(res), /<script/i)
  })

  it('redirects an article’s old address (308)', async () => {
    const aliased = publicArticles.find((a) => a.aliases.length)!
    const res = await get(aliased.aliases[0]!)
    assert.equal(res.statusCode, 308)
    assert.match(header(res, 'location'), new RegExp(`${aliased.url}$`))
  })

  it('posts a live update on PostgreSQL; the JSON and the page show it', async () => {
    const live = publicArticles.find((a) => a.type === 'live' && a.live)!
    const title = `Lambda update ${Date.now()}`
    const posted = await get({
      method: 'POST',
      path: `/api/live${live.url}`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRETS.LIVE_SECRET}` },
      body: JSON.stringify({ title, body: 'Posted on **PostgreSQL**.' }),
    })
    assert.equal(posted.statusCode, 201, bodyText(posted))
    const { id } = JSON.parse(bodyText(posted)) as { id: string }
    const json = JSON.parse(bodyText(await get(`/api/live${live.url}`))) as {
      updates: { id: string; itemHtml: string }[]
    }
    assert.match(json.updates.find((u) => u.id === id)?.itemHtml ?? '', new RegExp(`id="update-${id}"`))
    const refused = await get({
      method: 'POST',
      path: `/api/live${live.url}`,
      headers: { 'content-type': 'application/json' },
      body: '{"body":"x"}',
    })
    assert.equal(refused.statusCode, 401)
    assert.match(bodyText(await get(live.url)), new RegExp(title))
  })

  it('answers an unknown article with the real 404 page', async () => {
    const res = await get('/mexico/no-such-story-anywhere')
    assert.equal(res.statusCode, 404)
    const html = bodyText(res)
    assert.doesNotMatch(html, /__next_error__/, 'the empty error shell, not the site’s 404 page')
    assert.match(html, /<h1[^>]*>We could not find that page<\/h1>/)
    assert.match(html, /<footer/)
    // Not kept by a CDN for the year a static page is: OpenNext marks its /404 no-store.
    assert.doesNotMatch(header(res, 'cache-control'), /s-maxage=\d{3,}/)
  })

  it('keeps no 404 in the ISR cache, so random URLs do not fill the bucket', async () => {
    const cacheDir = join(serverTmp, 'thenews-incremental-cache')
    const unknown = ['/mexico/no-such-story-kept', '/tags/no-such-topic-kept']
    for (const path of unknown)
      for (let i = 0; i < 2; i++) {
        const res = await get(path)
        assert.equal(res.statusCode, 404, path)
        assert.doesNotMatch(bodyText(res), /__next_error__/, `${path}: the empty error shell`)
      }
    // The stand-in for S3 holds what the instance wrote: it is there (on-demand pages above) …
    const written = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
    assert.ok(
      written.some((f) => f.endsWith('.cache')),
      'the instance wrote no cache entry at all',
    )
    // … but not a 404.
    for (const path of unknown) {
      const kept = written.filter((f) => f.endsWith(`${path}.cache`))
      assert.deepEqual(kept, [], `${path} was written to the ISR cache`)
    }
  })

  it('serves a section’s page 2 (rendered on demand)', async () => {
    const res = await get('/mexico/page/2')
    assert.equal(res.statusCode, 200)
    assert.match(bodyText(res), /Page 2/i)
  })

  it('searches', async () => {
    const target = publicArticles.find((a) => a.slug === 'oaxaca-teachers-reach-agreement') ?? publicArticles[0]!
    const res = await get({ path: '/search', query: 'q=oaxaca' })
    assert.equal(res.statusCode, 200)
    assert.ok(bodyText(res).includes(`href="${target.url}"`), 'the search results lack the article')
  })

  // The news sitemap lists the last two days: the test run's own story (scripts/make-test-articles.ts)
  // is there on any date; no sample story needs to be recent.
  const recent = publicArticles.find((a) => a.slug.startsWith('test-fresh-'))
  it('has the test run’s recent story to list in the news sitemap', () => {
    assert.ok(recent, 'no content/articles/_test/test-fresh-*.mdx: scripts/test.sh writes it')
  })
  for (const [path, type, piece] of [
    ['/feed.xml', /^application\/rss\+xml/, /<rss[^>]+version="2.0"/],
    ['/sitemap.xml', /xml/, /<(urlset|sitemapindex)/],
    ['/news-sitemap.xml', /xml/, new RegExp(`${recent?.url}</loc><news:news>`)],
    ['/robots.txt', /^text\/plain/, /Sitemap: https:\/\/[^\s]+\/sitemap.xml/],
  ] as const) {
    it(`serves ${path}`, async () => {
      const res = await get(path)
      assert.equal(res.statusCode, 200)
      assert.match(header(res, 'content-type'), type)
      assert.match(bodyText(res), piece)
    })
  }

  it('draws the share card of a headline with emoji, accents and curly quotes, offline', async () => {
    assert.ok(EMOJI_ARTICLE, 'no sample article has an emoji in its headline')
    assert.match(EMOJI_ARTICLE.title, /[áéíóú].*[“’]|[“’].*[áéíóú]/)
    const res = await get(`/og/${EMOJI_ARTICLE.section}/${EMOJI_ARTICLE.slug}.png`)
    assert.equal(res.statusCode, 200, server.log().slice(-2000))
    assert.equal(header(res, 'content-type'), 'image/png')
    const { width, height, format } = await sharp(bodyBytes(res)).metadata()
    assert.deepEqual({ width, height, format }, { width: 1200, height: 630, format: 'png' })
    assert.doesNotMatch(server.log(), NETWORK_ATTEMPT)
  })

  it('lets an editor preview a draft, never cached', async () => {
    const draft = drafts[0]!
    assert.equal((await get(draft.url)).statusCode, 404)
    const enter = await get({ path: '/api/preview', query: `secret=${SECRETS.PREVIEW_SECRET}&path=${draft.url}` })
    assert.equal(enter.statusCode, 307)
    assert.equal(header(enter, 'location').replace(/^https?:\/\/[^/]+/, ''), draft.url)
    const cookies = (enter.cookies ?? []).map((c) => c.split(';')[0]!)
    assert.ok(
      cookies.some((c) => c.startsWith('__prerender_bypass=')),
      `no Draft Mode cookie in ${enter.cookies}`,
    )
    const page = await get({ path: draft.url, cookies })
    assert.equal(page.statusCode, 200)
    assert.ok(bodyText(page).includes(escapeHtml(draft.title)))
    assert.match(header(page, 'cache-control'), /private|no-store/)
    assert.equal((await get({ path: '/api/preview', query: `secret=wrong&path=${draft.url}` })).statusCode, 401)
  })

  it('revalidates on request with the secret, and refuses without it', async () => {
    const body = JSON.stringify({ paths: ['/mexico'], tags: ['most-read'] })
    const ok = await get({
      method: 'POST',
      path: '/api/revalidate',
      headers: { authorization: `Bearer ${SECRETS.REVALIDATE_SECRET}`, 'content-type': 'application/json' },
      body,
    })
    assert.equal(ok.statusCode, 200, bodyText(ok))
    assert.match(header(ok, 'content-type'), /json/)
    const refused = await get({
      method: 'POST',
      path: '/api/revalidate',
      headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
      body,
    })
    assert.equal(refused.statusCode, 401)
  })

  it('signs up to the newsletter on PostgreSQL: mail, confirmation link, confirmed', async () => {
    const email = `lambda.${Date.now().toString(36)}@example.com`
    const signup = await get({
      method: 'POST',
      path: '/api/newsletter',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    assert.equal(signup.statusCode, 202, bodyText(signup))
    // No mail provider is configured: the outbox defaults to the function's temporary folder.
    const outbox = join(serverTmp, 'thenews', 'outbox.jsonl')
    const mail = readFileSync(outbox, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { to: string; subject: string; text: string })
      .find((m) => m.to === email)
    assert.ok(mail, `no mail to ${email} in ${outbox}`)
    assert.match(mail.subject, /Confirm your subscription/)
    const link = new URL(mail.text.match(/https?:\/\/\S+/)![0])
    const confirmPage = await get({ path: link.pathname, query: link.search.slice(1) })
    assert.equal(confirmPage.statusCode, 200)
    assert.match(bodyText(confirmPage), /Confirm your subscription/)
    const token = link.searchParams.get('token')!
    const confirmed = await get({
      method: 'POST',
      path: '/api/newsletter/confirm',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://www.thenews.mx' },
      body: new URLSearchParams({ token }).toString(),
    })
    assert.equal(confirmed.statusCode, 303, bodyText(confirmed))
    assert.match(header(confirmed, 'location'), /\/newsletter\?status=confirmed$/)
    assert.deepEqual(await database!.query('SELECT status FROM subscribers WHERE email = $1', [email]), [
      { status: 'confirmed' },
    ])
  })

  it('counts a reader’s view through the beacon into PostgreSQL', async () => {
    const article = publicArticles[0]!
    const res = await get({
      method: 'POST',
      path: '/api/views',
      headers: { 'content-type': 'text/plain' },
      body: article.url,
    })
    assert.equal(res.statusCode, 204, bodyText(res))
    const rows = await database!.query(
      'SELECT sum(views)::int AS views FROM article_views_hourly WHERE article_path = $1',
      [article.url],
    )
    assert.deepEqual(rows, [{ views: 1 }])
  })

  it('without DATABASE_URL: pages render and the newsletter answers 503, nothing saved', async () => {
    const tmp = functionTmp(sandbox, 'nodb')
    const bare = startFunction(sandbox, SERVER, tmp, {})
    try {
      await bare.ready
      const call = async (request: Request) => (await bare.invoke(apiGatewayEvent(request))).result
      assert.equal((await call({ path: '/' })).statusCode, 200)
      assert.equal((await call({ path: publicArticles[0]!.url })).statusCode, 200)
      const signup = await call({
        method: 'POST',
        path: '/api/newsletter',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nodb@example.com' }),
      })
      assert.equal(signup.statusCode, 503)
      assert.match(bodyText(signup), /Nothing was saved/)
      assert.match(bare.log(), /DATABASE_URL is not set and the app's folder is read-only/)
      assert.ok(!existsSync(join(tmp, '.data')), 'the embedded database was created in /tmp')
    } finally {
      await bare.stop()
    }
  })

  it('never tried the network', () => {
    assert.doesNotMatch(server.log(), NETWORK_ATTEMPT)
  })
})
