// The publish run (issue 20, ADR 0019): on `npm start` with a built site, from the start of
// `npm run publish -- FILE` until every page a reader could find the story on shows it, then the
// same for an edit of an existing story's headline. Used by bench/publish.mjs.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sleep, treeRssKb } from './lib.mjs'

const SECRET = `bench-${process.pid}-${Date.now()}`
const POLL_MS = 250
const GIVE_UP_MS = 120_000

const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

/** VmRSS (kB) of one process, 0 once it has gone. */
function rssKb(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** Samples the server's RSS (its own process, and its process tree summed) every 200 ms. */
function rssSampler(pid) {
  const peak = { processKb: 0, treeKb: 0 }
  const timer = setInterval(() => {
    peak.processKb = Math.max(peak.processKb, rssKb(pid))
    peak.treeKb = Math.max(peak.treeKb, treeRssKb(pid))
  }, 200)
  return {
    stop: () => {
      clearInterval(timer)
      return { processMiB: Math.round(peak.processKb / 1024), treeMiB: Math.round(peak.treeKb / 1024) }
    },
  }
}

async function text(origin, path) {
  const res = await fetch(origin + path, { redirect: 'manual' })
  return { status: res.status, body: await res.text() }
}

/** The `<url>` entry of `path` in the sitemap (or in the part of a split sitemap that lists it). */
async function sitemapEntry(origin, path) {
  const find = (xml) => [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].find((m) => m[1].includes(`${path}</loc>`))?.[1]
  const { body } = await text(origin, '/sitemap.xml')
  if (!body.includes('<sitemapindex')) return find(body)
  for (const m of body.matchAll(/<loc>[^<]*(\/sitemaps\/\d+\.xml)<\/loc>/g)) {
    const hit = find((await text(origin, m[1])).body)
    if (hit) return hit
  }
  return undefined
}

/**
 * Runs `npm run publish -- file` and polls every check (each on its own, every 250 ms) from the
 * command's start until it passes: seconds per page, and the command's own time and exit code.
 */
async function timePublish(dir, origin, file, checks) {
  // The command's own part (npm, tsx, the file's check) alone: the same command against a closed
  // port, timed to its exit (it stops where it would send).
  const local = Date.now()
  await new Promise((resolve) =>
    spawn('npm', ['run', '--silent', 'publish', '--', file], {
      cwd: dir,
      env: { ...process.env, SITE_URL: 'http://127.0.0.1:9', PUBLISH_SECRET: SECRET },
      stdio: 'ignore',
    }).on('close', resolve),
  )
  const localSeconds = Math.round((Date.now() - local) / 100) / 10
  const started = Date.now()
  let answeredSeconds = null
  const cmd = spawn('npm', ['run', '--silent', 'publish', '--', file], {
    cwd: dir,
    env: { ...process.env, SITE_URL: origin, PUBLISH_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  cmd.stdout.on('data', (c) => {
    output += c
    // The site's answer printed: the POST is done (stored and expired).
    if (answeredSeconds === null && /^(created|updated) /m.test(output))
      answeredSeconds = Math.round((Date.now() - started) / 100) / 10
  })
  cmd.stderr.on('data', (c) => (output += c))
  const command = new Promise((resolve) =>
    cmd.on('close', (code) => resolve({ code, seconds: (Date.now() - started) / 1000 })),
  )
  const pages = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      while (Date.now() - started < GIVE_UP_MS) {
        if (await check().catch(() => false)) return [name, Math.round((Date.now() - started) / 100) / 10]
        await sleep(POLL_MS)
      }
      return [name, null]
    }),
  )
  const done = await command
  return {
    commandSeconds: Math.round(done.seconds * 10) / 10,
    answeredSeconds,
    localSeconds,
    commandExit: done.code,
    commandOutput: output.trim(),
    pages: Object.fromEntries(pages),
  }
}

/**
 * On a scratch copy already built (`npm run build`): `npm start` with its own database, the pages
 * requested once (a live site has them cached), then a new story published and an existing one's
 * headline edited, each timed page by page. Peak RSS of the server sampled throughout.
 */
export async function publishCommandRun(dir, { port, log }) {
  const origin = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: dir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      LISTEN_HOST: '127.0.0.1',
      PGLITE_DATA_DIR: join(dir, '.bench-data/db'),
      MAIL_OUTBOX: join(dir, '.bench-data/outbox.jsonl'),
      PUBLISH_SECRET: `bench:${SECRET}`,
      // The bench polls search every 250 ms from one address: not a reader to throttle.
      SEARCH_RATE_LIMIT: '1000000/60',
    },
    stdio: 'ignore',
    detached: true,
  })
  const rss = rssSampler(server.pid)
  let result
  try {
    const startedAt = Date.now()
    while (
      !(await fetch(`${origin}/robots.txt`)
        .then((r) => r.ok)
        .catch(() => false))
    ) {
      if (Date.now() - startedAt > 120_000) throw new Error('npm start did not answer')
      await sleep(300)
    }
    // The newest generated story (article 0): on its front, the home page and the feed.
    const sections = readdirSync(join(dir, 'content/articles'))
    const section = sections.find((s) =>
      readdirSync(join(dir, 'content/articles', s)).some((f) => f.endsWith('-0.mdx')),
    )
    if (!section) throw new Error('article 0 not found')
    const editedName = readdirSync(join(dir, 'content/articles', section)).find((f) => f.endsWith('-0.mdx'))
    const editedFile = `content/articles/${section}/${editedName}`
    const editedUrl = `/${section}/${editedName.replace(/\.mdx$/, '')}`
    const word = `zq${Date.now().toString(36)}`
    const slug = `bench-publish-${word}`
    const url = `/${section}/${slug}`
    const pagesOf = (u, w) => ({
      page: u,
      front: `/${section}`,
      home: '/',
      feed: '/feed.xml',
      sitemap: '/sitemap.xml',
      search: `/search?q=${w}`,
    })
    // Every page once, as readers would have them in the cache before the publish.
    for (const p of Object.values(pagesOf(url, word))) await text(origin, p).catch(() => null)
    for (const p of ['/', `/${section}`, '/feed.xml', '/sitemap.xml', editedUrl]) await text(origin, p)

    log(`publish: new story ${url}`)
    const headline = `Bench ${word} ferry line adds a night crossing`
    const date = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    writeFileSync(
      join(dir, `content/articles/${section}/${slug}.mdx`),
      `---\ntitle: ${headline}\nsummary: A story published by the benchmark onto a built archive.\ndate: ${date}\nsection: ${section}\ntags: [transport]\n---\n\n` +
        'The ferry line added a crossing at half past eleven at night, after months of requests from hotel staff.\n',
    )
    const href = `href="${url}"`
    const created = await timePublish(dir, origin, `content/articles/${section}/${slug}.mdx`, {
      page: async () => {
        const r = await text(origin, url)
        return r.status === 200 && r.body.includes(escapeHtml(headline))
      },
      front: async () => (await text(origin, `/${section}`)).body.includes(href),
      home: async () => (await text(origin, '/')).body.includes(href),
      feed: async () => (await text(origin, '/feed.xml')).body.includes(`${url}</link>`),
      sitemap: async () => Boolean(await sitemapEntry(origin, url)),
      search: async () => (await text(origin, `/search?q=${word}`)).body.includes(href),
    })

    log(`publish: edit of ${editedUrl}`)
    const word2 = `zr${Date.now().toString(36)}`
    const headline2 = `Edited ${word2} headline for the publish benchmark`
    // An edit with `updated`, so its sitemap entry changes too (lastmod).
    const updated = new Date(Math.floor(Date.now() / 1000 - 1) * 1000)
    const original = readFileSync(join(dir, editedFile), 'utf8')
    writeFileSync(
      join(dir, editedFile),
      original
        .replace(/^title: .*$/m, `title: ${headline2}`)
        .replace(/^date: .*$/m, (d) => `${d}\nupdated: ${updated.toISOString().replace(/\.\d{3}Z$/, 'Z')}`),
    )
    const escaped = escapeHtml(headline2)
    const edited = await timePublish(dir, origin, editedFile, {
      page: async () => (await text(origin, editedUrl)).body.includes(escaped),
      front: async () => (await text(origin, `/${section}`)).body.includes(escaped),
      home: async () => (await text(origin, '/')).body.includes(escaped),
      feed: async () => (await text(origin, '/feed.xml')).body.includes(headline2),
      sitemap: async () => {
        const entry = await sitemapEntry(origin, editedUrl)
        const lastmod = entry && /<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1]
        return Boolean(lastmod) && Date.parse(lastmod) === updated.getTime()
      },
      search: async () => (await text(origin, `/search?q=${word2}`)).body.includes(`href="${editedUrl}"`),
    })
    result = { newStory: { url, ...created }, edit: { url: editedUrl, ...edited } }
  } finally {
    result = { ...result, serverPeakRss: rss.stop() }
    process.kill(-server.pid, 'SIGTERM')
    await sleep(1000)
  }
  return result
}
