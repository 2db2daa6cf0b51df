// Adding a brand is one config file, its two drawings and a content folder, and nothing else (issue
// 21; README "Adding a brand"). A copy of the project gets exactly the files of a throwaway brand,
// Diario de Prueba (scripts/test-support/brand-fixture/, laid out as the paths they are copied to),
// is built with `BRAND=diario-de-prueba npm run build` and served with `npm start`; the site must be
// that brand's, in its language, with its articles, author and standards pages. Without its
// wordmark, the build must stop at once and name the missing file.
//
// Run by scripts/test.sh after the rebuild-parity step. Alone: `npx tsx --test
// scripts/brand-fixture.spec.ts` (no build of the project needed; E2E_ISOLATED_PORT_OFFSET moves
// its port). About three minutes on this 2-core machine under load: the build is most of it.
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import { copyProject, projectEntries } from './project-copy'

const ID = 'diario-de-prueba'
const NAME = 'Diario de Prueba'
const root = resolve(import.meta.dirname, '..')
const FIXTURE = join(root, 'scripts/test-support/brand-fixture')
const PORT = 3197 + Number(process.env.E2E_ISOLATED_PORT_OFFSET ?? 0)
const origin = `http://127.0.0.1:${PORT}`

/** Every file under `dir`, as paths relative to `base`. */
function filesUnder(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return []
  if (!lstatSync(dir).isDirectory()) return [relative(base, dir)]
  return readdirSync(dir).flatMap((e) => filesUnder(join(dir, e), base))
}

/** The fixture's files: the paths they take in the project. */
const fixtureFiles = filesUnder(FIXTURE).sort()

/** path → sha-256 of every file of the project's own entries (project-copy.ts) under `dir`, but `skip`. */
function treeHashes(dir: string, skip: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>()
  for (const entry of projectEntries())
    for (const file of filesUnder(join(dir, entry), dir)) {
      if (skip.has(file)) continue
      const full = join(dir, file)
      const bytes = lstatSync(full).isSymbolicLink() ? readlinkSync(full) : readFileSync(full)
      out.set(file, createHash('sha256').update(bytes).digest('hex'))
    }
  return out
}

/** One article of the fixture, from its file: the address and headline the site must show. */
type FixtureArticle = { section: string; url: string; title: string; tags: boolean }
const articles: FixtureArticle[] = fixtureFiles
  .filter((f) => f.startsWith(`content/brands/${ID}/articles/`))
  .map((f) => {
    const [section, file] = f.split('/').slice(-2) as [string, string]
    const source = readFileSync(join(FIXTURE, f), 'utf8')
    const title = /^title: (.+)$/m.exec(source)?.[1]
    assert.ok(title, `${f}: a title`)
    return { section, url: `/${section}/${file.replace(/\.mdx$/, '')}`, title, tags: /^tags: \[.+\]$/m.test(source) }
  })

let project = ''
let server: ChildProcess | undefined
let serverLog = ''

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BRAND: ID, ...env },
    timeout: 900_000,
  })
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` }
}

async function get(path: string): Promise<{ status: number; html: string }> {
  assert.ok(server, 'the brand was not built and started (see the build test above)')
  const res = await fetch(origin + path, { redirect: 'manual' })
  return { status: res.status, html: await res.text() }
}

/** The `<html lang>` of a page. */
const htmlLang = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1]

before(() => {
  // The whole project, node_modules hard-linked (Turbopack refuses a symlinked one), then the
  // fixture's files over it: nothing else is written into the copy before the build.
  project = copyProject('brand-fixture', projectEntries(), 'hardlink')
  cpSync(FIXTURE, project, { recursive: true })
})

after(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r))
    server.kill('SIGTERM')
    await exited
  }
  if (project) rmSync(project, { recursive: true, force: true })
})

test('the fixture is a brand: a config, a wordmark, an icon, articles in two sections, an author, pages', () => {
  assert.ok(fixtureFiles.includes(`config/brands/${ID}.ts`))
  assert.ok(fixtureFiles.includes(`config/brands/${ID}.wordmark.svg`))
  assert.ok(fixtureFiles.includes(`config/brands/${ID}.icon.svg`))
  assert.equal(articles.length, 3)
  assert.equal(new Set(articles.map((a) => a.section)).size, 2)
  assert.ok(articles.some((a) => a.tags))
  assert.ok(fixtureFiles.some((f) => f.startsWith(`content/brands/${ID}/authors/`)))
  assert.equal(fixtureFiles.filter((f) => f.startsWith(`content/brands/${ID}/pages/`)).length, 5)
  // Everything else is a path the brand owns.
  const own = new RegExp(`^(config/brands/${ID}\\.(ts|wordmark\\.svg|icon\\.svg)|content/brands/${ID}/.+)$`)
  assert.deepEqual(
    fixtureFiles.filter((f) => !own.test(f)),
    [],
  )
})

test('the copy adds the fixture’s files and changes nothing else, config/network.ts included', () => {
  for (const f of fixtureFiles) assert.ok(!existsSync(join(root, f)), `${f} already exists in the project`)
  const skip = new Set(fixtureFiles)
  const original = treeHashes(root, skip)
  const copy = treeHashes(project, skip)
  assert.ok(original.has('config/network.ts') && original.size > 100, `${original.size} files hashed`)
  const differing = [...new Set([...original.keys(), ...copy.keys()])].filter((f) => original.get(f) !== copy.get(f))
  assert.deepEqual(differing, [])
  for (const f of fixtureFiles) assert.ok(readFileSync(join(project, f)).equals(readFileSync(join(FIXTURE, f))), f)
})

test('select-brand --list names it among the brands this code builds', () => {
  const list = run('node', ['scripts/select-brand.mjs', '--list'])
  assert.equal(list.status, 0, list.output)
  assert.ok(list.output.split('\n').includes(ID), list.output)
})

test('without its wordmark the build stops at once, naming the missing file', () => {
  const wordmark = join(project, `config/brands/${ID}.wordmark.svg`)
  renameSync(wordmark, `${wordmark}.away`)
  try {
    const started = Date.now()
    const build = run('npm', ['run', 'build'])
    assert.notEqual(build.status, 0, build.output)
    assert.match(build.output, new RegExp(`config/brands/${ID}\\.wordmark\\.svg is missing`))
    // Stopped by the first step (scripts/select-brand.mjs), not after a content step or next build.
    assert.doesNotMatch(build.output, /Content check|Creating an optimized production build/)
    assert.ok(Date.now() - started < 60_000)
  } finally {
    renameSync(`${wordmark}.away`, wordmark)
  }
})

test(`BRAND=${ID} npm run build, then npm start`, async (t) => {
  const started = Date.now()
  const build = run('npm', ['run', 'build'], { PREBUILD_LIST_PAGES: '1' })
  const seconds = Math.round((Date.now() - started) / 1000)
  assert.equal(build.status, 0, build.output.slice(-4000))
  assert.match(build.output, new RegExp(`brand: ${ID}`))
  t.diagnostic(`BRAND=${ID} npm run build: ${seconds} s`)

  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: project,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      BRAND: ID,
      PORT: String(PORT),
      LISTEN_HOST: '127.0.0.1',
      // A database and an outbox of its own, in the copy.
      PGLITE_DATA_DIR: join(project, '.fixture-data/db'),
      MAIL_OUTBOX: join(project, '.fixture-data/outbox.jsonl'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (c) => (serverLog += c))
  child.stderr?.on('data', (c) => (serverLog += c))
  server = child
  const deadline = Date.now() + 90_000
  while (
    !(await fetch(`${origin}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) {
      server = undefined
      assert.fail(`npm start did not answer:\n${serverLog}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
})

test('home: its language, its name in the title and on the masthead, its drawing, every article', async () => {
  const { status, html } = await get('/')
  assert.equal(status, 200)
  assert.equal(htmlLang(html), 'es-MX')
  assert.match(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '', new RegExp(NAME))
  // The masthead's nameplate: the fixture's wordmark, drawn inline, named by the brand's name.
  const images = [...html.matchAll(/<svg[^>]*>/g)].map((m) => m[0]).filter((tag) => /role="img"/.test(tag))
  assert.ok(
    images.some((tag) => tag.includes(`aria-label="${NAME}"`)),
    images.join('\n'),
  )
  const drawing = readFileSync(join(FIXTURE, `config/brands/${ID}.wordmark.svg`), 'utf8')
  const firstPath = /<path d="([^"]+)"/.exec(drawing)?.[1]
  assert.ok(firstPath && html.includes(firstPath), 'the wordmark’s drawing is on the page')
  for (const a of articles) assert.ok(html.includes(`href="${a.url}"`), `${a.url} on the home page`)
})

test('the network strip names this brand first, as the current site, before the group’s brands', async () => {
  const { html } = await get('/')
  const strip = /<nav[^>]*aria-label="Marcas hermanas de nuestro grupo de medios"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1]
  assert.ok(strip, 'the strip')
  const links = [...strip.matchAll(/<li><a ([^>]*)>([^<]*)<\/a><\/li>/g)].map((m) => ({ attrs: m[1]!, name: m[2]! }))
  assert.ok(links.length > 2, `${links.length} brands in the strip`)
  assert.equal(links[0]?.name, NAME)
  assert.match(links[0]!.attrs, /href="\/"/)
  assert.match(links[0]!.attrs, /aria-current="page"/)
  assert.equal(links.filter((l) => l.attrs.includes('aria-current')).length, 1)
  assert.ok(
    links.some((l) => l.name === 'The News' && /href="https:\/\//.test(l.attrs)),
    'The News, a link to its site',
  )
})

test('each article: its page, with its headline, and its section’s list', async () => {
  assert.equal(articles.length, 3)
  for (const a of articles) {
    const page = await get(a.url)
    assert.equal(page.status, 200, a.url)
    assert.equal(htmlLang(page.html), 'es-MX', a.url)
    assert.match(page.html, new RegExp(`<h1[^>]*>${a.title}</h1>`), a.url)
    const section = await get(`/${a.section}`)
    assert.equal(section.status, 200, `/${a.section}`)
    assert.ok(section.html.includes(`href="${a.url}"`), `${a.url} in /${a.section}`)
  }
})

test('the tagged article links to its tag, whose page lists it', async () => {
  const tagged = articles.find((a) => a.tags)
  assert.ok(tagged)
  const tagLink = /href="(\/tags\/[^"]+)"/.exec((await get(tagged.url)).html)?.[1]
  assert.ok(tagLink, 'a tag link on the article')
  const tag = await get(tagLink)
  assert.equal(tag.status, 200, tagLink)
  assert.ok(tag.html.includes(`href="${tagged.url}"`), `${tagged.url} on ${tagLink}`)
})

test('the author’s page lists the articles; a standards page; the feed in Spanish; the 404 in Spanish', async () => {
  const authorFile = fixtureFiles.find((f) => f.startsWith(`content/brands/${ID}/authors/`))!
  const authorName = /^name: (.+)$/m.exec(readFileSync(join(FIXTURE, authorFile), 'utf8'))?.[1]
  const author = await get(
    `/authors/${authorFile
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '')}`,
  )
  assert.equal(author.status, 200)
  assert.ok(authorName && author.html.includes(authorName), 'the author’s name')
  for (const a of articles) assert.ok(author.html.includes(`href="${a.url}"`), `${a.url} on the author’s page`)

  const pageFile = fixtureFiles.find((f) => f.endsWith('/pages/principios.mdx'))!
  const pageTitle = /^title: (.+)$/m.exec(readFileSync(join(FIXTURE, pageFile), 'utf8'))?.[1]
  const standards = await get('/about/principios')
  assert.equal(standards.status, 200)
  assert.equal(htmlLang(standards.html), 'es-MX')
  assert.ok(pageTitle && standards.html.includes(pageTitle), 'the page’s title')

  const feed = await get('/feed.xml')
  assert.equal(feed.status, 200)
  assert.match(feed.html, /<language>es-mx<\/language>/)
  assert.match(feed.html, new RegExp(`<title>${NAME}`))
  for (const a of articles) assert.ok(feed.html.includes(a.title), `${a.url} in the feed`)

  const missing = await get('/ciudad/no-existe-esta-nota')
  assert.equal(missing.status, 404)
  assert.equal(htmlLang(missing.html), 'es-MX')
})
