import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { site } from '../../config/site'

// The content step's cache, so a publish recompiles what changed and nothing else. It lives under
// .next/cache/thenews-content/{brand id}/, the folder hosts keep between builds (Vercel and Netlify
// keep .next/cache; elsewhere, persist it in CI): contentlayer's own cache of compiled documents, and
// the checker's results per body. One folder per brand: a checkout that builds one brand, then
// another, keeps both caches (contentlayer keys its cache by path within the brand's content folder,
// where two brands can have the same article path).
//
// contentlayer2 keys its cache on each file's modification time, not its content, and a host
// builds from a fresh checkout where every file is new: its cache never hits there. So before it
// runs, every content file's modification time is set from a hash of the file's bytes
// (stampContentTimes): the same text always has the same time, on any machine, and contentlayer's
// cache becomes a cache keyed by content. Its key also covers the compiled config, so a config
// change recompiles everything.

const CONTENT_CACHE_DIR = `.next/cache/thenews-content/${site.id}`

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest()

/** A time from the file's bytes: within 2000–2034, whole seconds (every file system keeps them). */
function contentTime(bytes: Buffer): Date {
  const seconds = sha256(bytes).readUInt32BE(0) % 1_073_741_824 // 2^30 s, about 34 years
  return new Date((946_684_800 + seconds) * 1000)
}

/** Sets each file's modification time from its content. Returns the times, by file. */
export function stampContentTimes(files: readonly string[]): Map<string, number> {
  const times = new Map<string, number>()
  for (const file of files) {
    const time = contentTime(readFileSync(file))
    utimesSync(file, time, time)
    times.set(file, time.getTime())
  }
  return times
}

/**
 * Points `<projectDir>/.contentlayer/.cache` at a folder under the persisted cache (`name`: one
 * per contentlayer run), moving an existing cache there first.
 */
export function linkContentlayerCache(projectDir: string, root: string, name: string): void {
  const target = resolve(root, CONTENT_CACHE_DIR, 'contentlayer', name)
  const link = join(projectDir, '.contentlayer', '.cache')
  mkdirSync(dirname(link), { recursive: true })
  let stat: ReturnType<typeof lstatSync> | undefined
  try {
    stat = lstatSync(link)
  } catch {
    stat = undefined
  }
  if (stat?.isDirectory() && !existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true })
    renameSync(link, target)
  } else if (stat) rmSync(link, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  symlinkSync(target, link)
}

/**
 * How many of these files contentlayer will take from its cache: the same rule it applies (the
 * cached entry's time equals the file's), read from its newest cache file (the last build's
 * config; a changed config recompiles everything, which this does not foresee), so the build can
 * say how much it compiles. `relative` maps a file to the path contentlayer keys it by (from content/).
 */
export function countCached(projectDir: string, times: Map<string, number>, relative: (file: string) => string): number {
  const cacheDir = join(projectDir, '.contentlayer', '.cache')
  if (!existsSync(cacheDir)) return 0
  const versions = readdirSync(cacheDir)
  const dataFiles = versions.flatMap((v) =>
    existsSync(join(cacheDir, v)) && lstatSync(join(cacheDir, v)).isDirectory()
      ? readdirSync(join(cacheDir, v))
          .filter((f) => /^data-.*\.json$/.test(f))
          .map((f) => join(cacheDir, v, f))
      : [],
  )
  // One data file per compiled config; the newest is the last build's. Older ones are dropped so
  // the cache does not grow with every config change.
  const newestFirst = dataFiles
    .map((file) => ({ file, time: statSync(file).mtimeMs }))
    .sort((a, b) => b.time - a.time)
    .map((x) => x.file)
  for (const stale of newestFirst.slice(1)) {
    rmSync(stale, { force: true })
    rmSync(stale.replace(/data-(.*)\.json$/, 'compiled-contentlayer-config-$1.mjs'), { force: true })
    rmSync(stale.replace(/data-(.*)\.json$/, 'compiled-contentlayer-config-$1.mjs.map'), { force: true })
  }
  const cached = new Map<string, string>()
  if (newestFirst[0]) {
    try {
      const data = JSON.parse(readFileSync(newestFirst[0], 'utf8')) as {
        cacheItemsMap?: Record<string, { documentHash?: string }>
      }
      for (const [path, item] of Object.entries(data.cacheItemsMap ?? {}))
        if (item.documentHash) cached.set(path, item.documentHash)
    } catch {
      // a cache contentlayer cannot read either: nothing from it
    }
  }
  let hits = 0
  for (const [file, time] of times) if (cached.get(relative(file)) === String(time)) hits++
  return hits
}

/** A small JSON cache file under CONTENT_CACHE_DIR: loaded whole, saved whole. */
export function jsonCache<T>(root: string, name: string): {
  get(key: string): T | undefined
  set(key: string, value: T): void
  save(): void
  /** Keys asked for and not found. */
  misses: number
} {
  const path = resolve(root, CONTENT_CACHE_DIR, name)
  let entries: Record<string, T> = {}
  try {
    entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, T>
  } catch {
    entries = {}
  }
  const used: Record<string, T> = {}
  const cache = {
    misses: 0,
    get(key: string) {
      const value = entries[key]
      if (value === undefined) cache.misses++
      else used[key] = value
      return value
    },
    set(key: string, value: T) {
      used[key] = value
    },
    /** Keeps only what this run used, so the file does not grow with every edit. */
    save() {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, JSON.stringify(used))
    },
  }
  return cache
}

/** A key from parts (content and whatever decides the result). */
export const cacheKey = (...parts: string[]) => sha256(parts.join('\u0000')).toString('base64url')
