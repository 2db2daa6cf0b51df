import { readFileSync } from 'node:fs'
import { appendFile, readFile, stat } from 'node:fs/promises'
import { join, posix } from 'node:path'
import type { OriginalTagCache, OriginalTagCacheWriteInput } from '@opennextjs/aws/types/overrides'
import { localAwsPath } from './local-aws-dir'

// The serverless test's stand-in for DynamoDB (OpenNext's default tag cache, "original" mode as in
// production; ADR 0019): the table as the build seeds it (`dynamodb-provider/dynamodb-cache.json`,
// read-only beside the function), and what instances write, appended to one file under
// LOCAL_AWS_DIR that every instance reads back. OpenNext's own `fs-dev` keeps writes in the
// process's memory, so a second instance never learns that a publish expired a page.

type Entry = { tag: string; path: string; revalidatedAt: number; stale?: number; expire?: number }
type Seeded = { tag: { S: string }; path: { S: string }; revalidatedAt: { N: string } }

const log = localAwsPath('thenews-tag-cache.jsonl')
// Keys as DynamoDB's and fs-dev's hold them: under the build's id, leading slashes folded (OpenNext
// asks with "/route-cache/…" from one place and "route-cache/…" from another).
const buildId = () => process.env.OPEN_NEXT_BUILD_ID ?? ''
const stored = (key: string) => posix.join(buildId(), key).replace(/^\/+/, '')
const unprefixed = (key: string) => (buildId() ? key.replace(`${buildId()}/`, '') : key)

/** The build's table, read on first use (the build imports this module for its name only). */
let seeded: Entry[] | undefined
const seed = () =>
  (seeded ??= (
    JSON.parse(readFileSync(join(process.cwd(), '../../dynamodb-provider/dynamodb-cache.json'), 'utf8')) as Seeded[]
  ).map((e) => ({ tag: e.tag.S, path: e.path.S, revalidatedAt: Number(e.revalidatedAt.N) })))

let read = { size: -1, entries: [] as Entry[] }

/** Every tag/path pair: the seed, then the log in order (a later write replaces an earlier one). */
async function entries(): Promise<Entry[]> {
  const size = await stat(log).then(
    (s) => s.size,
    () => 0,
  )
  if (size !== read.size) {
    const lines = size ? (await readFile(log, 'utf8')).split('\n').filter(Boolean) : []
    const byKey = new Map<string, Entry>()
    for (const e of [...seed(), ...lines.map((l) => JSON.parse(l) as Entry)]) byKey.set(`${e.tag}\n${e.path}`, e)
    read = { size, entries: [...byKey.values()] }
  }
  return read.entries
}

// The rules of OpenNext's fs-dev and DynamoDB tag caches (dist/overrides/tagCache/fs-dev.js).
const tagCache: OriginalTagCache = {
  name: 'thenews-local-tags',
  mode: 'original',
  async getByPath(path) {
    return (await entries()).filter((e) => e.path === stored(path)).map((e) => unprefixed(e.tag))
  },
  async getByTag(tag) {
    return (await entries()).filter((e) => e.tag === stored(tag)).map((e) => unprefixed(e.path))
  },
  async getLastModified(path, lastModified) {
    const now = Date.now()
    const mine = (await entries()).filter((e) => e.path === stored(path))
    const expired = mine.some((e) => e.expire !== undefined && e.expire <= now && e.expire > (lastModified ?? 0))
    const revalidated = mine.some(
      (e) => e.revalidatedAt > (lastModified ?? 0) && (e.expire === undefined || e.expire > now),
    )
    return expired || revalidated ? -1 : (lastModified ?? now)
  },
  async isStale(path, lastModified) {
    return (await entries()).some(
      (e) =>
        e.path === stored(path) &&
        e.stale !== undefined &&
        e.revalidatedAt > (lastModified ?? 0) &&
        e.stale > (lastModified ?? 0),
    )
  },
  async writeTags(tags: OriginalTagCacheWriteInput[]) {
    const now = Date.now()
    const lines = tags.map((t) =>
      JSON.stringify({
        tag: stored(t.tag),
        path: stored(t.path),
        revalidatedAt: t.revalidatedAt ?? now,
        ...(t.stale !== undefined ? { stale: t.stale } : {}),
        ...(t.expire !== undefined ? { expire: t.expire } : {}),
      } satisfies Entry),
    )
    // One append per call: instances writing at once interleave whole lines, never parts.
    if (lines.length) await appendFile(log, lines.join('\n') + '\n')
  },
}

export default tagCache
