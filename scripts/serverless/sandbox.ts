// The serverless test's Lambda stand-in: a read-only copy of OpenNext's output, and functions run
// from it the way AWS runs them: an unprivileged user that cannot write the code folder (only its
// own temporary folder), in a network namespace with nothing but loopback, answering API Gateway
// (HTTP API, payload 2.0) events through the function's exported `handler`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

/** The user the functions run as: nobody, as Lambda's sandbox user owns nothing of /var/task. */
const FUNCTION_UID = 65534

/** What OpenNext's server and image functions read beside them (paths relative to .open-next). */
const PARTS = ['server-functions/default', 'image-optimization-function', 'cache', 'dynamodb-provider', 'assets']

export type Sandbox = { root: string; remove: () => void }

/**
 * Copies the built artefact into a fresh folder owned by root and readable by all, so the
 * function user cannot write a byte of it. Needs root (as CI and this machine run), because the
 * function must run as another user: root ignores file permissions.
 */
export function readOnlyCopy(openNextDir: string): Sandbox {
  if (process.getuid?.() !== 0) throw new Error('the serverless test runs the function as another user: run it as root')
  const root = mkdtempSync(join(tmpdir(), 'thenews-lambda-'))
  chmodSync(root, 0o755)
  for (const part of PARTS) cpSync(join(openNextDir, part), join(root, 'code', part), { recursive: true })
  cpSync(join(import.meta.dirname, 'invoke-handler.mjs'), join(root, 'code', 'invoke-handler.mjs'))
  // Read-only for everyone; the function's user is not the owner either.
  spawnSync('chmod', ['-R', 'a-w', join(root, 'code')])
  return {
    root,
    remove: () => {
      spawnSync('chmod', ['-R', 'u+w', root])
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/** A writable temporary folder for one function instance (Lambda's /tmp), owned by its user. */
export function functionTmp(sandbox: Sandbox, name: string): string {
  const dir = join(sandbox.root, `tmp-${name}`)
  mkdirSync(dir)
  chownSync(dir, FUNCTION_UID, FUNCTION_UID)
  return dir
}

type SandboxFacts = {
  uid: number
  networkInterfaces: string[]
  functionFolderWritable: boolean
  tmpWritable: boolean
}
export type LambdaResult = {
  statusCode: number
  headers: Record<string, string>
  cookies?: string[]
  body: string
  isBase64Encoded?: boolean
}
type Reply = {
  id?: number
  ms?: number
  result?: LambdaResult
  error?: string
  ready?: boolean
  importMs?: number
  sandbox?: SandboxFacts
}

export type RunningFunction = {
  /** Resolves once the handler module is imported (Lambda's init phase). */
  ready: Promise<{ importMs: number; sandbox: SandboxFacts }>
  invoke: (event: object) => Promise<{ ms: number; result: LambdaResult }>
  /** What the function wrote to stdout and stderr, for assertions and failure messages. */
  log: () => string
  stop: () => Promise<void>
}

/**
 * Starts one function (a folder under the copy's `code/`, e.g. `server-functions/default`) in a
 * network namespace of its own with only loopback, as FUNCTION_UID, with exactly `env` (plus
 * PATH, HOME and TMPDIR) as its environment.
 */
export function startFunction(sandbox: Sandbox, fn: string, tmp: string, env: Record<string, string>): RunningFunction {
  const dir = join(sandbox.root, 'code', fn)
  const runner = join(sandbox.root, 'code', 'invoke-handler.mjs')
  const script = [
    'ip link set lo up',
    `exec setpriv --reuid=${FUNCTION_UID} --regid=${FUNCTION_UID} --clear-groups --no-new-privs "$0" "$@"`,
  ].join(' && ')
  const child: ChildProcess = spawn('unshare', ['--net', '--', 'sh', '-c', script, process.execPath, runner, dir], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp, TMPDIR: tmp, NODE_ENV: 'production', ...env },
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))

  const pending = new Map<number, (reply: Reply) => void>()
  let onReady: (reply: Reply) => void = () => {}
  let onExit: (error: Error) => void = () => {}
  const ready = new Promise<{ importMs: number; sandbox: SandboxFacts }>((resolve, reject) => {
    onReady = (reply) => resolve({ importMs: reply.importMs!, sandbox: reply.sandbox! })
    onExit = reject
  })
  child.on('exit', (code, signal) => {
    const error = new Error(`function ${fn} exited (${code ?? signal}):\n${output.slice(-4000)}`)
    onExit(error)
    for (const settle of pending.values()) settle({ error: error.message })
    pending.clear()
  })
  createInterface({ input: child.stdio[3] as Readable }).on('line', (line) => {
    const reply = JSON.parse(line) as Reply
    if (reply.ready) onReady(reply)
    else if (reply.id !== undefined) {
      pending.get(reply.id)?.(reply)
      pending.delete(reply.id)
    }
  })

  let next = 0
  return {
    ready,
    log: () => output,
    invoke: (event) =>
      new Promise((resolve, reject) => {
        const id = ++next
        pending.set(id, (reply) =>
          reply.result ? resolve({ ms: reply.ms!, result: reply.result }) : reject(new Error(reply.error)),
        )
        child.stdin!.write(JSON.stringify({ id, event }) + '\n')
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.stdin!.end()
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
      }),
  }
}

export type Request = {
  method?: string
  path: string
  query?: string
  headers?: Record<string, string>
  cookies?: string[]
  body?: string
  sourceIp?: string
}

/** An API Gateway HTTP API (payload format 2.0) event, as AWS hands it to a function. */
export function apiGatewayEvent({
  method = 'GET',
  path,
  query = '',
  headers = {},
  cookies,
  body,
  sourceIp = '198.51.100.7',
}: Request) {
  const allHeaders = { host: 'www.thenews.mx', 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Mobile', ...headers }
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    ...(cookies ? { cookies } : {}),
    headers: allHeaders,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: allHeaders.host,
      domainPrefix: 'www',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp, userAgent: allHeaders['user-agent'] },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: body === undefined ? undefined : Buffer.from(body).toString('base64'),
    isBase64Encoded: body !== undefined,
  }
}

/** A response body as text (or the bytes of a binary one). */
export const bodyText = (r: LambdaResult) =>
  r.isBase64Encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body
export const bodyBytes = (r: LambdaResult) => Buffer.from(r.body, r.isBase64Encoded ? 'base64' : 'utf8')
