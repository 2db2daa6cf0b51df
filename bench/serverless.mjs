// The serverless artefact in the bench: OpenNext's Lambda build of the scratch copy, the size of
// each function (unzipped, and zipped as Lambda takes it) and the server function's cold start.
import { execFileSync } from 'node:child_process'
import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { dirSize, timedRun } from './lib.mjs'

const MiB = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10

/** Zipped size with deflate, as a Lambda upload is packed (python3's zipfile: no zip tool needed). */
function zippedBytes(folder) {
  const out = `/tmp/thenews-bench-${process.pid}.zip`
  const script = [
    'import os, sys, zipfile',
    'src, out = sys.argv[1], sys.argv[2]',
    'with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:',
    '    for d, _, fs in os.walk(src):',
    '        for f in fs:',
    '            p = os.path.join(d, f)',
    '            z.write(p, os.path.relpath(p, src))',
  ].join('\n')
  execFileSync('python3', ['-c', script, folder, out])
  const size = statSync(out).size
  rmSync(out)
  return size
}

export async function measureServerless(dir, env, article, runs) {
  const built = await timedRun('npm', ['run', '--silent', 'build:serverless:local'], { cwd: dir, env })
  const fn = (name) => {
    const folder = join(dir, '.open-next', name)
    return { unzippedMiB: MiB(dirSize(folder)), zippedMiB: MiB(zippedBytes(folder)) }
  }
  const result = {
    buildSeconds: built.seconds,
    server: fn('server-functions/default'),
    imageOptimization: fn('image-optimization-function'),
  }
  if (process.getuid?.() !== 0) return { ...result, coldStart: 'skipped: the sandbox needs root' }
  const line = execFileSync('npx', ['tsx', 'bench/serverless-cold-start.ts', String(runs), article], {
    cwd: dir,
    encoding: 'utf8',
  })
  return { ...result, coldStart: JSON.parse(line.trim().split('\n').pop()) }
}
