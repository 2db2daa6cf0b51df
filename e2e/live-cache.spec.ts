import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import pg from 'pg'
import { publicArticles } from './lib/content'
import { startIsolatedServer } from './lib/isolated-server'
import { E2E_SECRETS } from './lib/server-env'

// The live API's JSON, which every reader of a running live page polls, is computed once per
// change (docs/security.md, "the polling JSON as a CPU sink"), not per request: each test on a
// server of its own, so no other test's posts can refresh what is watched.

const running = publicArticles.find((a) => a.type === 'live' && a.live)!
const adminUrl = process.env.TEST_DATABASE_URL
const post = (request: APIRequestContext, url: string, title: string) =>
  request.post(url, {
    headers: { authorization: `Bearer ${E2E_SECRETS.live}`, 'content-type': 'application/json' },
    data: { title, body: 'A post expires the cached JSON.' },
  })
type LiveJson = { updates: { title?: string; itemHtml: string }[] }

/** The server's cache entries (Next's fetch cache, on disk) under this live article's tag that hold its JSON. */
function cachedJson(dir: string): { file: string; mtimeMs: number; json: LiveJson }[] {
  const folder = join(dir, '.next/cache/fetch-cache')
  if (!existsSync(folder)) return []
  return readdirSync(folder).flatMap((name) => {
    const file = join(folder, name)
    // Next writes an entry in place: read while it is being written, it is cut short. Not an entry
    // yet; the polls below read again.
    let entry: { tags?: string[]; data?: { body?: string } }
    try {
      entry = JSON.parse(readFileSync(file, 'utf8')) as typeof entry
    } catch {
      return []
    }
    if (!entry.tags?.includes(`live:${running.url}`) || !entry.data?.body) return []
    const json = JSON.parse(entry.data.body) as LiveJson | unknown[]
    return !Array.isArray(json) && json.updates?.every((u) => u.itemHtml)
      ? [{ file, mtimeMs: statSync(file).mtimeMs, json }]
      : []
  })
}

test('the live JSON, update markup included, is computed once and kept; a post computes it again', async ({
  request,
}) => {
  test.setTimeout(120_000)
  expect(running).toBeTruthy()
  const server = await startIsolatedServer(3345, { LIVE_SECRET: E2E_SECRETS.live })
  try {
    const api = `${server.baseURL}/api/live${running.url}`
    const get = async () => {
      const res = await request.get(api)
      expect(res.status()).toBe(200)
      return (await res.json()) as LiveJson
    }
    const first = await get()
    expect(first.updates.length).toBeGreaterThan(0) // the file's own updates
    await expect.poll(() => cachedJson(server.dir).length).toBe(1)
    const [kept] = cachedJson(server.dir)
    expect(kept!.json).toEqual(first)
    // Readers polling: answered from that entry, never computed again (the file is not rewritten).
    for (let i = 0; i < 5; i++) expect(await get()).toEqual(first)
    expect(cachedJson(server.dir)).toEqual([kept])

    expect((await post(request, api, 'Posted to a cached page')).status()).toBe(201)
    const after = await get()
    expect(after.updates.map((u) => u.title)).toContain('Posted to a cached page')
    await expect.poll(() => cachedJson(server.dir).map((e) => e.json)).toEqual([after])
  } finally {
    await server.stop()
  }
})

test('the live JSON shows a row written behind the API only after a post: it is not read per request', async ({
  request,
}) => {
  test.skip(!adminUrl, 'needs TEST_DATABASE_URL (npm test and scripts/with-postgres.sh set it)')
  test.setTimeout(120_000)
  expect(running).toBeTruthy()
  const name = `thenews_e2e_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const dbUrl = new URL(adminUrl!)
  dbUrl.pathname = `/${name}`
  const db = new pg.Client({ connectionString: dbUrl.href })
  const server = await startIsolatedServer(3343, { DATABASE_URL: dbUrl.href, LIVE_SECRET: E2E_SECRETS.live })
  try {
    await db.connect()
    const api = `${server.baseURL}/api/live${running.url}`
    const titles = async () => {
      const res = await request.get(api)
      expect(res.status()).toBe(200)
      return ((await res.json()) as { updates: { body?: string; title?: string }[] }).updates.map((u) => u.title)
    }
    const before = await titles()
    expect(before.length).toBeGreaterThan(0) // the file's own updates
    const cachedAt = Date.now()

    // Written straight into the table (the server migrated it at start), not through the API.
    await db.query(
      `INSERT INTO live_updates (article_url, happened_at, title, body, is_key, pinned)
       VALUES ($1, now(), 'Written behind the cache', 'Not posted through the API.', false, false)`,
      [running.url],
    )
    for (let i = 0; i < 5; i++) {
      expect(await titles()).toEqual(before)
      await new Promise((r) => setTimeout(r, 300))
    }

    const posted = await post(request, api, 'Posted through the API')
    expect(posted.status(), await posted.text()).toBe(201)
    const after = await titles()
    expect(after).toContain('Posted through the API')
    expect(after).toContain('Written behind the cache')
    // Well inside the cached JSON's minute: the post, not the time, refreshed it.
    expect(Date.now() - cachedAt).toBeLessThan(55_000)
  } finally {
    await server.stop()
    await db.end().catch(() => {})
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
})
