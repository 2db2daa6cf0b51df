// For scripts/serverless/publish.spec.ts: the editor's side of a publish (a checkout with the
// files, `npm run publish` run as is) and what the CDN was asked to invalidate.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

export type EditorCheckout = { dir: string; write: (path: string, text: string) => void; remove: () => void }

/**
 * A checkout for the command: its own content/articles (the files being published), the project's
 * code, authors and images by symlink (it checks files against those, as `npm run build` does).
 */
export function editorCheckout(): EditorCheckout {
  const dir = mkdtempSync(join(tmpdir(), 'thenews-editor-'))
  for (const entry of ['package.json', 'tsconfig.json', 'config', 'lib', 'scripts', 'public', 'node_modules'])
    symlinkSync(join(ROOT, entry), join(dir, entry))
  mkdirSync(join(dir, 'content/articles'), { recursive: true })
  symlinkSync(join(ROOT, 'content/authors'), join(dir, 'content/authors'))
  return {
    dir,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export type PublishRun = { status: number | null; output: string; ms: number }

/** `npm run publish -- args` (scripts/publish.ts) in `dir`, against `site` with `secret`. */
export function runPublish(dir: string, site: string, secret: string, args: string[]): Promise<PublishRun> {
  const started = performance.now()
  return new Promise((done) => {
    // Not spawnSync: the site it talks to may answer from this very process (harness.ts httpBridge).
    const run = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/publish.ts'), ...args], {
      cwd: dir,
      env: { ...process.env, SITE_URL: site, PUBLISH_SECRET: secret, PUBLISH_WAIT_SECONDS: '10' },
    })
    let output = ''
    run.stdout.on('data', (d) => (output += d))
    run.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => run.kill('SIGKILL'), 60_000)
    run.on('exit', (status) => {
      clearTimeout(timer)
      done({ status, output, ms: performance.now() - started })
    })
  })
}

/** The CDN invalidations recorded in `awsDir` (lib/serverless/local-cdn-invalidation.ts). */
export function cdnLog(awsDir: string) {
  const lines = () => {
    const log = join(awsDir, 'cdn-invalidations.jsonl')
    return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
  }
  return {
    /** How many invalidations so far: pass it to `pathsSince` after the publish. */
    count: () => lines().length,
    pathsSince: (count: number) =>
      lines()
        .slice(count)
        .flatMap((l) => (JSON.parse(l) as { paths: string[] }).paths),
  }
}
