// Publishing without a build on the serverless artefact (issue 20, ADR 0019 step 8): the editor's
// `npm run publish` (scripts/publish.ts, run as is) reaches the Lambda handler through a local HTTP
// bridge, on PostgreSQL, with two function instances sharing the database and the stand-ins for S3,
// DynamoDB and CloudFront (LOCAL_AWS_DIR), as two Lambda instances share AWS's. A new story, an
// edit, a correction and a withdrawal each show on every page within 10 s, on both instances, with
// no build. Also OpenNext's known issues (#1250 stale after 1 s, #1209 tags of on-demand pages) and
// the CDN paths a publish invalidates. Built and run as artefact.spec.ts (scripts/test.sh).
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { byNewest, publicArticles } from '../../e2e/lib/content'
import {
  assertLocalArtefact,
  escapeHtml,
  header,
  httpBridge,
  NETWORK_ATTEMPT,
  prerenderedRoutes,
  recordTimings,
  SERVER,
  until,
  type Bridge,
} from './harness'
import { cdnLog, editorCheckout, runPublish, type EditorCheckout } from './publish-command'
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

const ROOT = resolve(import.meta.dirname, '../..')
const KEY = { name: 'lambda-desk', secret: `publish-${randomBytes(6).toString('hex')}` }
const word = `zq${randomBytes(3).toString('hex')}` // in the headline: what search must find
const slug = `published-night-ferry-${word}`
const file = `content/articles/mexico/${slug}.mdx`
const url = `/mexico/${slug}`
/** Where a reader finds a new story (ADR 0019): its page, the fronts, the feeds, sitemaps, search. */
const PLACES = [
  url,
  '/',
  '/mexico',
  '/feed.xml',
  '/mexico/feed.xml',
  '/sitemap.xml',
  '/news-sitemap.xml',
  `/search?q=${word}`,
]

let sandbox: Sandbox
let database: TestDatabase | undefined
let awsDir = ''
let editor: EditorCheckout | undefined
let cdn: ReturnType<typeof cdnLog>
const instances: RunningFunction[] = []
let bridge: Bridge | undefined
const timings: Record<string, number> = {}

function startInstance(name: string): RunningFunction {
  const fn = startFunction(sandbox, SERVER, functionTmp(sandbox, name), {
    DATABASE_URL: database!.socketUrl,
    PUBLISH_SECRET: `${KEY.name}:${KEY.secret}`,
    LOCAL_AWS_DIR: awsDir,
  })
  instances.push(fn)
  return fn
}

async function get(fn: RunningFunction, path: string): Promise<LambdaResult> {
  const [pathname, query] = path.split('?')
  return (await fn.invoke(apiGatewayEvent({ path: pathname!, query: query ?? '' }))).result
}

/** Every place on every instance shows (or no longer shows) `piece`, polled until `deadline`. */
async function everywhere(fns: RunningFunction[], places: string[], piece: string, deadline: number, present = true) {
  assert.ok(places.length > 0 && fns.length > 0)
  await Promise.all(
    fns.map(async (fn, i) => {
      for (const path of places) {
        const res = await until(
          Math.max(0, deadline - Date.now()),
          () => get(fn, path),
          (r) => bodyText(r).includes(piece) === present,
        )
        assert.equal(
          bodyText(res).includes(piece),
          present,
          `instance ${i + 1}: ${path} ${present ? 'lacks' : 'still shows'} ${piece} (${res.statusCode}, ${header(res, 'x-nextjs-cache')}, ${header(res, 'cache-control')})`,
        )
      }
    }),
  )
}

/** How far ahead the scheduled story is dated: the publish and the checks before it fit in it. */
const SCHEDULE_LEAD_MS = 20_000
const published = new Date(Date.now() - 60_000).toISOString()
const publish = (...args: string[]) => runPublish(editor!.dir, bridge!.url, KEY.secret, args)

const story = (title: string, extra = '', date = published) =>
  `---\ntitle: ${title}\nsummary: The harbour adds a late boat for hotel workers who finish after eleven.\n` +
  `date: ${date}\nsection: mexico\ntags: [Ferries]\n${extra}---\n\n` +
  'The ferry line added a crossing at half past eleven at night, after months of requests from hotel staff.\n'

describe('publish on the serverless artefact (two Lambda instances, PostgreSQL)', () => {
  before(async () => {
    assertLocalArtefact()
    sandbox = readOnlyCopy('.open-next')
    database = await createTestDatabase()
    awsDir = functionTmp(sandbox, 'aws')
    cdn = cdnLog(awsDir)
    editor = editorCheckout()
    const [a, b] = [startInstance('a'), startInstance('b')]
    await Promise.all([a.ready, b.ready])
    bridge = await httpBridge(a)
  })

  after(async () => {
    await bridge?.close()
    await Promise.all(instances.map((fn) => fn.stop()))
    await database?.drop()
    if (process.env.KEEP_SANDBOX) console.log(`sandbox kept: ${sandbox?.root}`)
    else sandbox?.remove()
    editor?.remove()
    recordTimings(timings)
  })

  it('a new story is on its page, the fronts, the feeds, the sitemaps and search of both instances within 10 s', async () => {
    const [a, b] = instances as [RunningFunction, RunningFunction]
    // Every place rendered and cached first, on both: what the publish must expire, not a first render.
    await Promise.all(
      [a, b].map(async (fn) => {
        for (const path of PLACES)
          assert.ok(!bodyText(await get(fn, path)).includes(url), `${path} shows ${url} already`)
      }),
    )
    const title = `Night ferry to Isla Mujeres ${word} adds a late crossing`
    editor!.write(file, story(title))
    const started = performance.now()
    const run = await publish(file)
    assert.equal(run.status, 0, run.output)
    assert.match(run.output, new RegExp(`created ${bridge!.url}${url} \\(version \\d+\\)`))
    await everywhere([a, b], PLACES, url, Date.now() + 10_000)
    assert.ok(bodyText(await get(b, url)).includes(escapeHtml(title)))
    timings.serverlessPublishNewMs = Math.round(performance.now() - started)
    timings.serverlessPublishCommandMs = Math.round(run.ms)
    console.log(
      `serverless publish latency (command start → every page on both instances): ${timings.serverlessPublishNewMs} ms` +
        ` (the command alone: ${timings.serverlessPublishCommandMs} ms)`,
    )
  })

  it('an edit replaces the headline everywhere, and the CDN is told every page that showed it', async () => {
    const [a, b] = instances as [RunningFunction, RunningFunction]
    const title = `Late ferry to Isla Mujeres ${word} will run all year`
    editor!.write(file, story(title))
    const from = cdn.count()
    const started = performance.now()
    const run = await publish(file)
    assert.equal(run.status, 0, run.output)
    assert.match(run.output, new RegExp(`updated ${bridge!.url}${url}`))
    await everywhere(
      [a, b],
      [url, '/', '/mexico', '/feed.xml', '/mexico/feed.xml'],
      escapeHtml(title),
      Date.now() + 10_000,
    )
    timings.serverlessPublishEditMs = Math.round(performance.now() - started)
    // OpenNext hands the CDN the pages the tag cache knows show a path this publish expired.
    const paths = new Set(cdn.pathsSince(from))
    for (const path of [url, '/', '/mexico', '/feed.xml', '/mexico/feed.xml', '/sitemap.xml', '/news-sitemap.xml'])
      assert.ok(paths.has(path), `the CDN was not asked to invalidate ${path}: ${[...paths].sort().join(' ')}`)
  })

  it('a correction shows on the page, in /corrections and in the feed, on both instances', async () => {
    const [a, b] = instances as [RunningFunction, RunningFunction]
    const text = `An earlier version gave the wrong departure time ${word}.`
    const fixed = new Date(Math.floor(Date.now() / 1000 - 1) * 1000).toISOString()
    editor!.write(
      file,
      story(
        `Late ferry to Isla Mujeres ${word} will run all year`,
        `corrections:\n  - date: ${fixed}\n    text: ${text}\n`,
      ),
    )
    const run = await publish(file)
    assert.equal(run.status, 0, run.output)
    await everywhere([a, b], [url, '/corrections', '/feed.xml'], text, Date.now() + 10_000)
  })

  // OpenNext #1250: an instance that did not render a page outside the prerender manifest judged it
  // stale one second after it was written (Next's fallback revalidate of 1 s), re-rendered it on
  // every cold instance and sent the CDN s-maxage=2.
  it('a fresh instance serves a published page from the cache: HIT twice, 2 s apart, not s-maxage=2', async () => {
    const [a] = instances as [RunningFunction]
    assert.ok(!prerenderedRoutes().has(url))
    const first = await until(
      5_000,
      () => get(a, url),
      (r) => header(r, 'x-nextjs-cache') === 'HIT',
    )
    assert.equal(header(first, 'x-nextjs-cache'), 'HIT', 'the instance that rendered it does not have it cached')
    await new Promise((r) => setTimeout(r, 2_000))
    const fresh = startInstance('fresh')
    await fresh.ready
    for (const pass of [1, 2]) {
      if (pass === 2) await new Promise((r) => setTimeout(r, 2_000))
      const res = await get(fresh, url)
      assert.equal(res.statusCode, 200)
      assert.equal(header(res, 'x-nextjs-cache'), 'HIT', `request ${pass}: ${header(res, 'cache-control')}`)
      const sMaxAge = Number(/s-maxage=(\d+)/.exec(header(res, 'cache-control'))?.[1])
      assert.ok(sMaxAge > 2, `request ${pass}: cache-control ${header(res, 'cache-control')}`)
    }
  })

  // OpenNext #1209 (fixed by its PR #1209 in 4.1.12): the runtime tags of a page rendered on demand
  // are stored, so expiring its path reaches it.
  it('an on-demand built article expired by a publish shows the new version on the next request', async () => {
    const [a, b] = instances as [RunningFunction, RunningFunction]
    const prerendered = prerenderedRoutes()
    const onDemand = [...publicArticles].sort(byNewest).findLast((x) => !prerendered.has(x.url) && !x.image)
    assert.ok(onDemand, 'no built article without a lead image outside the prerender manifest')
    const cached = await until(
      5_000,
      () => get(a, onDemand.url),
      (r) => header(r, 'x-nextjs-cache') === 'HIT',
    )
    assert.equal(header(cached, 'x-nextjs-cache'), 'HIT')
    const title = `Revised ${word}: ${onDemand.title}`
    const text = readFileSync(join(ROOT, onDemand.file), 'utf8').replace(
      /^title:.*$/m,
      `title: ${JSON.stringify(title)}`,
    )
    assert.ok(text.includes(title))
    editor!.write(onDemand.file, text)
    const from = cdn.count()
    const run = await publish(onDemand.file)
    assert.equal(run.status, 0, run.output)
    for (const fn of [b, a]) {
      const res = await get(fn, onDemand.url)
      assert.equal(res.statusCode, 200)
      assert.ok(bodyText(res).includes(escapeHtml(title)), `the old version: ${header(res, 'x-nextjs-cache')}`)
    }
    assert.ok(cdn.pathsSince(from).includes(onDemand.url), 'the CDN was not told')
  })

  // Nothing runs at a scheduled story's time: the pages cached just before it must expire by
  // themselves (their revalidate of 60 s held them a minute past it), and tell a CDN no later.
  it('a scheduled story is nowhere before its time, then on every page of both instances within 10 s of it', async () => {
    const [a, b] = instances as [RunningFunction, RunningFunction]
    const laterFile = `content/articles/mexico/published-later-${word}.mdx`
    const later = `/mexico/published-later-${word}`
    const at = Math.ceil((Date.now() + SCHEDULE_LEAD_MS) / 1000) * 1000
    editor!.write(
      laterFile,
      story(`Harbour pilots ${word} publish their new tide tables`, '', new Date(at).toISOString()),
    )
    const run = await publish(laterFile)
    assert.equal(run.status, 0, run.output)
    assert.match(run.output, new RegExp(`scheduled ${bridge!.url}${later}: the site shows it from`))
    const lists = PLACES.slice(1)
    await Promise.all(
      [a, b].map(async (fn, i) => {
        assert.equal((await get(fn, later)).statusCode, 404, `instance ${i + 1}: ${later} before its time`)
        for (const path of lists) {
          const res = await get(fn, path)
          assert.ok(!bodyText(res).includes(later), `instance ${i + 1}: ${path} shows ${later} before its time`)
          // A CDN keeps a response for s-maxage from when it gets it.
          const sMaxAge = /s-maxage=(\d+)/.exec(header(res, 'cache-control'))?.[1]
          if (sMaxAge !== undefined)
            assert.ok(
              Date.now() + Number(sMaxAge) * 1000 <= at + 10_000,
              `instance ${i + 1}: ${path} lets a CDN keep it ${sMaxAge} s, ${Math.round((at - Date.now()) / 1000)} s before ${later} is due`,
            )
        }
      }),
    )
    assert.ok(Date.now() < at, `the checks before its time ran past it: raise SCHEDULE_LEAD_MS`)
    await new Promise((r) => setTimeout(r, at - Date.now()))
    await everywhere([a, b], [later, ...lists], later, at + 10_000)
    timings.serverlessScheduledMs = Date.now() - at
    for (const fn of [a, b]) assert.equal((await get(fn, later)).statusCode, 200)
    console.log(`scheduled story: on every page of both instances ${timings.serverlessScheduledMs} ms after its time`)
  })

  it('a withdrawn story answers 410 and leaves every list, feed, sitemap and search on both instances', async () => {
    const [a, b] = instances as [RunningFunction, RunningFunction]
    const run = await publish('--withdraw', file)
    assert.equal(run.status, 0, run.output)
    for (const fn of [a, b]) {
      const res = await until(
        10_000,
        () => get(fn, url),
        (r) => r.statusCode === 410,
      )
      assert.equal(res.statusCode, 410)
      assert.match(bodyText(res), /This story has been withdrawn/)
    }
    await everywhere([a, b], PLACES.slice(1), url, Date.now() + 10_000, false)
  })

  it('never tried the network, on any instance', () => {
    assert.ok(instances.length >= 3)
    for (const fn of instances) assert.doesNotMatch(fn.log(), NETWORK_ATTEMPT)
  })
})
