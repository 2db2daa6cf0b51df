import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export type IsolatedServer = {
  baseURL: string
  /** The server's own project folder (its `.next` is a copy). */
  dir: string
  /** Sets the server's clock (only) to this instant (ms since the epoch); it runs on from there. */
  setClock(instant: number): Promise<void>
  /** What the server printed, for a failing test's message. */
  log(): string
  /** SIGTERM, then the folder is removed (unless `keep`: a next server reuses it). */
  stop(options?: { keep?: boolean }): Promise<void>
  /** kill -9: no shutdown at all, the folder stays as the crash left it. */
  kill(): Promise<void>
}

/**
 * A second `next start` of the same production build, on its own copy of `.next`, so what it
 * regenerates through ISR (with its clock moved, say) cannot leak into the main test server's
 * cache. The clock is moved by e2e/lib/shifted-clock.mjs, loaded only into this process.
 */
export async function startIsolatedServer(
  requestedPort: number,
  env: Record<string, string> = {},
  /** The folder of a server stopped with `keep` or killed: start again on what it left. */
  reuse?: { dir: string },
): Promise<IsolatedServer> {
  // E2E_ISOLATED_PORT_OFFSET moves every isolated server's ports, so two checkouts on one machine
  // can run the same specs at once (a developer's worktrees; CI leaves it unset).
  const port = requestedPort + Number(process.env.E2E_ISOLATED_PORT_OFFSET ?? 0)
  const root = resolve('.')
  // A server left over on the port (an interrupted run) would answer in this one's place.
  for (const p of [port, port + 1]) {
    const taken = await fetch(`http://127.0.0.1:${p}/`).then(
      () => true,
      () => false,
    )
    if (taken) throw new Error(`port ${p} is taken by another process: stop it first`)
  }
  const dir = reuse?.dir ?? mkdtempSync(join(tmpdir(), 'thenews-e2e-'))
  if (!reuse) {
    cpSync(join(root, '.next'), join(dir, '.next'), {
      recursive: true,
      filter: (src) => !src.startsWith(join(root, '.next', 'cache')),
    })
    for (const name of ['node_modules', 'public', 'package.json', 'next.config.js']) {
      symlinkSync(join(root, name), join(dir, name))
    }
  }
  const controlPort = port + 1
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', join(root, 'e2e/lib/shifted-clock.mjs'), join(root, 'scripts/start.mjs'), dir],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        LISTEN_HOST: '127.0.0.1',
        TRUSTED_PROXY_HOPS: '1',
        CLOCK_CONTROL_PORT: String(controlPort),
        PGLITE_DATA_DIR: join(dir, 'db'),
        MAIL_OUTBOX: join(dir, 'outbox.jsonl'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout?.on('data', (c) => (log += c))
  child.stderr?.on('data', (c) => (log += c))
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/robots.txt`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`isolated server did not start:\n${log}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    baseURL,
    dir,
    log: () => log,
    async setClock(instant) {
      const res = await fetch(`http://127.0.0.1:${controlPort}/now`, { method: 'PUT', body: String(instant) })
      if (!res.ok) throw new Error(await res.text())
    },
    async stop(options) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      if (!options?.keep) rmSync(dir, { recursive: true, force: true })
    },
    async kill() {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await exited
    },
  }
}
