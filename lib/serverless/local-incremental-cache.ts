import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { IncrementalCache } from '@opennextjs/aws/types/overrides'
import { localAwsPath } from './local-aws-dir'

// The serverless test's stand-in for S3 (OpenNext's default incremental cache): the bucket as the
// build seeds it is the read-only `cache` folder beside the function (what `aws s3 sync` would
// upload), and what the function writes goes to a writable folder under /tmp (or LOCAL_AWS_DIR,
// shared by the instances of one test: lib/serverless/local-aws-dir.ts), read first. OpenNext's
// own `fs-dev` cache writes into the build's folder, which a Lambda cannot do.

const seeded = join(process.cwd(), '../../cache')
const writable = localAwsPath('thenews-incremental-cache')
const buildId = () => process.env.OPEN_NEXT_BUILD_ID ?? ''

function relativeKey(key: string, cacheType: string | undefined): string {
  const type = cacheType ?? 'cache'
  return type === 'fetch' ? join('__fetch', buildId(), key) : join(buildId(), `${key}.${type}`)
}

async function readEntry(path: string) {
  const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
  return { value: JSON.parse(text), lastModified: info.mtime.getTime() }
}

const cache: IncrementalCache = {
  name: 'thenews-local',
  async get(key, cacheType) {
    const relative = relativeKey(key, cacheType)
    try {
      return await readEntry(join(writable, relative))
    } catch {
      // Not written since the deploy: the entry the build made, if any (a miss throws, as S3's 404 does).
      return await readEntry(join(seeded, relative))
    }
  },
  async set(key, value, cacheType) {
    const path = join(writable, relativeKey(key, cacheType))
    await mkdir(dirname(path), { recursive: true })
    // Written whole, then renamed: a reader never sees half an entry.
    const temp = `${path}.${process.pid}.tmp`
    await writeFile(temp, JSON.stringify(value))
    await rename(temp, path)
  },
  async delete(key) {
    await rm(join(writable, relativeKey(key, 'cache')), { force: true })
  },
}

export default cache
