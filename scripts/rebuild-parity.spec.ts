// A rebuild agrees with a publish (issue 20 item 6, ADR 0019 "A rebuild is a reset"): articles
// published with `npm run publish` to a running production server, then a real `npm run build`
// from the same files and `npm start` of that build; each article's main content (the rendered
// <article>) and its JSON-LD must be the same on both. If they are, a full build is a safe reset.
//
// Run by scripts/test.sh after the end-to-end tests, on the build they used (`.next`: the
// publishing server is a copy of it). Alone: `npm run content && PREBUILD_LIST_PAGES=1 npx next
// build`, then `npx tsx --test scripts/rebuild-parity.spec.ts` (E2E_ISOLATED_PORT_OFFSET moves
// its ports). About two minutes (115 s on this 2-core machine under load): the rebuild is most of it.
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { startIsolatedServer, type IsolatedServer } from '../e2e/lib/isolated-server'
import { copyProject, projectEntries } from './project-copy'
import { extractArticle, jsonLdBlocks } from './test-support/page-parts'

const OFFSET = Number(process.env.E2E_ISOLATED_PORT_OFFSET ?? 0)
const KEY = { name: 'parity-desk', secret: `parity-${randomBytes(6).toString('hex')}` }
const word = `zp${randomBytes(3).toString('hex')}`

// An existing story with a lead image, aliases, a FactBox holding a GFM table and a RelatedLink:
// edited (headline, a sentence) and corrected. A new story using every other component and the
// Markdown the build accepts (GFM tables, strikethrough, autolinks, lists, a quotation). An
// existing story moved to another section (ADR 0019 "Moving to another section"): the file in the
// other folder, its old address in `aliases`; both sites answer that address 308 to the new one.
const EDITED = 'content/articles/business/peso-ends-week-stronger.mdx'
const NEW = `content/articles/mexico/parity-night-ferry-${word}.mdx`
const MOVED_FROM = 'content/articles/culture/mole-festival-oaxaca.mdx'
const MOVED = 'content/articles/mexico/mole-festival-oaxaca.mdx'
const urlOf = (file: string) => file.replace(/^content\/articles/, '').replace(/\.mdx$/, '')

let project = ''
let publisher: IsolatedServer | undefined
let rebuilt: { origin: string; stop(): Promise<void>; log(): string } | undefined
/** url → the published page's HTML, captured before the rebuild. */
const publishedPages = new Map<string, string>()

function run(cmd: string, args: string[], env: Record<string, string> = {}, timeout = 600_000) {
  const r = spawnSync(cmd, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    timeout,
  })
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` }
}

async function startRebuilt(port: number) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: project,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      LISTEN_HOST: '127.0.0.1',
      // A database of its own, empty: the page comes from the build's files alone.
      PGLITE_DATA_DIR: join(project, '.parity-data/db'),
      MAIL_OUTBOX: join(project, '.parity-data/outbox.jsonl'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (c) => (log += c))
  child.stderr?.on('data', (c) => (log += c))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (
    !(await fetch(`${origin}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the rebuilt site did not start:\n${log}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    origin,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    },
  }
}

before(async () => {
  assert.ok(existsSync('.next/BUILD_ID'), 'needs the production build (.next): see the comment at the top')
  const server = await startIsolatedServer(3196, { PUBLISH_SECRET: `${KEY.name}:${KEY.secret}` })
  publisher = server
  // The editor's checkout, which is also what the rebuild builds from: the whole project (`next
  // build` type-checks every .ts file), with node_modules hard-linked (Turbopack refuses a
  // symlinked one).
  project = copyProject('parity', projectEntries(), 'hardlink')
  // The caches of the build the publisher runs, as a host keeps them between builds: the content
  // step's (only the changed files recompile) and Next's (Turbopack's file-system cache).
  if (existsSync('.contentlayer')) cpSync('.contentlayer', join(project, '.contentlayer'), { recursive: true })
  if (existsSync('.next/cache')) cpSync('.next/cache', join(project, '.next/cache'), { recursive: true })

  // Whole seconds: the JSON-LD gives dates to the second.
  const now = Math.floor(Date.now() / 1000) * 1000
  const published = new Date(now - 120_000).toISOString()
  const corrected = new Date(now - 60_000).toISOString()
  const edited = readFileSync(join(project, EDITED), 'utf8')
  assert.match(edited, /^title: /m)
  assert.match(edited, /^tags: /m)
  assert.ok(edited.includes('its best weekly performance since April'), `${EDITED}: the sentence the edit changes`)
  writeFileSync(
    join(project, EDITED),
    edited
      .replace(/^title: .*$/m, `title: Peso ends the week ${word} stronger on remittances and exports`)
      .replace(
        /^tags: .*$/m,
        (t) =>
          `${t}\ncorrections:\n  - date: ${corrected}\n    text: An earlier version gave the wrong weekly change ${word}.`,
      )
      .replace('its best weekly performance since April', `its best weekly performance since March ${word}`),
  )
  writeFileSync(
    join(project, NEW),
    [
      '---',
      `title: Night ferry to Isla Mujeres ${word} adds a late crossing`,
      'summary: The harbour adds a late boat for hotel workers who finish after eleven.',
      `date: ${published}`,
      'section: mexico',
      'authors: [daniel-reyes]',
      'tags: [Ferries, tourism]',
      'image:',
      '  src: /images/business/peso-line.jpg',
      '  alt: Illustration of a rising line chart over green bars',
      '  caption: Crossings per night since the spring',
      '  credit: The News illustration',
      '---',
      '',
      'The ferry line added a crossing at **half past eleven** at night, after _months_ of requests from hotel staff.',
      "Timetables are at https://example.com/ferries and ~~at the pier~~ on the line's site.",
      '',
      '## What changes',
      '',
      '- A boat at 23:30 from Puerto Juárez',
      '- A boat at 00:15 back from the island',
      '',
      '1. Tickets on board',
      '2. Cards accepted',
      '',
      '> "We finish at eleven and the last boat left at ten," a receptionist said.',
      '',
      '| Departure | From | Fare |',
      '| --- | :---: | ---: |',
      '| 23:30 | Puerto Juárez | 180 |',
      '| 00:15 | Isla Mujeres | 180 |',
      '',
      '<Figure src="/images/mexico/sierra-morning.jpg" alt="Illustration of green hills under a morning sun" caption="The pier at night" credit="The News illustration" />',
      '',
      '<PullQuote by="A hotel receptionist">We finish at eleven and the last boat left at ten.</PullQuote>',
      '',
      '<FactBox title="The new crossings">',
      '',
      'Two boats a night, **every day** of the week.',
      '',
      '</FactBox>',
      '',
      '<RelatedLink href="/business/peso-ends-week-stronger">Peso ends the week stronger</RelatedLink>',
      '',
    ].join('\n'),
  )

  // The editor's `git mv`, the section changed and the old address kept as an alias.
  const moving = readFileSync(join(project, MOVED_FROM), 'utf8')
  assert.match(moving, /^section: culture$/m)
  assert.doesNotMatch(moving, /^aliases:/m)
  renameSync(join(project, MOVED_FROM), join(project, MOVED))
  writeFileSync(
    join(project, MOVED),
    moving
      .replace(/^section: culture$/m, `section: mexico\naliases: [${urlOf(MOVED_FROM)}]`)
      .replace(/^(title: .*)$/m, `$1 ${word}`),
  )

  const pub = run('npm', ['run', '--silent', 'publish', '--', NEW, EDITED, MOVED], {
    SITE_URL: server.baseURL,
    PUBLISH_SECRET: KEY.secret,
    PUBLISH_WAIT_SECONDS: '20',
  })
  assert.equal(pub.status, 0, pub.output)
  assert.match(pub.output, new RegExp(`created .*${urlOf(NEW)}`))
  assert.match(pub.output, new RegExp(`updated .*${urlOf(EDITED)}`))
  assert.match(pub.output, new RegExp(`created .*${urlOf(MOVED)}`))
  assert.match(pub.output, new RegExp(`moved .*${urlOf(MOVED_FROM)} to ${urlOf(MOVED)}`))
  assert.deepEqual(await redirectOf(server.baseURL, urlOf(MOVED_FROM)), [308, urlOf(MOVED)])
  for (const file of [NEW, EDITED, MOVED]) {
    const res = await fetch(server.baseURL + urlOf(file))
    const html = await res.text()
    assert.equal(res.status, 200, urlOf(file))
    assert.ok(html.includes(word), `${urlOf(file)} shows the published version`)
    publishedPages.set(urlOf(file), html)
  }
  await server.stop()
  publisher = undefined

  // The rebuild: the real command, with as little prerendering as the tests need (the articles
  // compared render on request when not among the prebuilt).
  const build = run('npm', ['run', 'build'], { PREBUILD_ARTICLES: '1', PREBUILD_LIST_PAGES: '1' })
  assert.equal(build.status, 0, build.output.slice(-4000))
  rebuilt = await startRebuilt(3198 + OFFSET)
})

/** The status and Location of a path, redirects not followed. */
async function redirectOf(origin: string, path: string) {
  const res = await fetch(origin + path, { redirect: 'manual' })
  return [res.status, res.headers.get('location')]
}

after(async () => {
  await publisher?.stop()
  await rebuilt?.stop()
  if (project) rmSync(project, { recursive: true, force: true })
})

test(`${urlOf(MOVED_FROM)}: the moved story's old address redirects to the new on the rebuilt site too`, async () => {
  assert.deepEqual(await redirectOf(rebuilt!.origin, urlOf(MOVED_FROM)), [308, urlOf(MOVED)])
})

for (const file of [NEW, EDITED, MOVED]) {
  test(`${urlOf(file)}: the rebuilt page has the published page's article and JSON-LD`, async () => {
    const url = urlOf(file)
    const res: Response = await fetch(rebuilt!.origin + url)
    assert.equal(res.status, 200, `${url} on the rebuilt site\n${rebuilt!.log().slice(-2000)}`)
    const afterBuild = await res.text()
    const published = publishedPages.get(url)!
    const [a, b] = [extractArticle(published), extractArticle(afterBuild)]
    // Not empty, and the edit is in it: the comparison is about the new version.
    assert.ok(a.includes(word) && a.length > 500, `${url}: the published <article>`)
    // Byte for byte, with nothing normalised: the <article> holds nothing a build or a server owns
    // (CSS module class names are hashes of the source; the newsletter form posts to /api, not to
    // a Server Action with a per-build id; image URLs are the source's). What does differ on the
    // page lies outside it: related stories and most-read (the rest of the archive, readers'
    // views), how the RSC payload is split into <script> chunks and where React hoists the lite
    // <link> (both vary between two renders of one page).
    assert.equal(b, a, `${url}: <article> rebuilt vs published`)
    const [ldA, ldB] = [jsonLdBlocks(published), jsonLdBlocks(afterBuild)]
    assert.ok(ldA.length >= 2, `${url}: NewsArticle and BreadcrumbList on the published page`)
    assert.deepEqual(ldB, ldA, `${url}: JSON-LD rebuilt vs published`)
  })
}
