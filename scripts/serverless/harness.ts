// What the serverless specs share beyond the sandbox itself (sandbox.ts): the artefact's location
// and its check, response helpers, the timings report, and a local HTTP bridge that lets a real
// HTTP client (the publish command) talk to a function as API Gateway would put it on the web.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { apiGatewayEvent, type LambdaResult, type RunningFunction } from './sandbox'

export const OPEN_NEXT = '.open-next'
export const SERVER = 'server-functions/default'

/**
 * Fails the spec early when the artefact is missing or was built for AWS, not the local stand-ins.
 * `openNext`: the artefact's folder (a brand built in another project folder: brand.spec.ts).
 */
export function assertLocalArtefact(openNext = OPEN_NEXT): void {
  const entry = join(openNext, SERVER, 'index.mjs')
  assert.ok(existsSync(entry), `${entry} is missing: run npm run build:serverless:local first`)
  assert.match(
    readFileSync(join(openNext, SERVER, 'open-next.config.mjs'), 'utf8'),
    /thenews-local/,
    'the artefact was built for AWS backends: build it with `npm run build:serverless:local` for this test',
  )
}

/** The URLs the build prerendered (the rest of a dynamic route renders on first request). */
export function prerenderedRoutes(openNext = OPEN_NEXT): Set<string> {
  const manifest = JSON.parse(readFileSync(join(openNext, SERVER, '.next/prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return new Set(Object.keys(manifest.routes))
}

/** What a function may never try: a name lookup or a connection that would leave the machine. */
export const NETWORK_ATTEMPT = /ENOTFOUND|ENETUNREACH|EAI_AGAIN|ECONNREFUSED|fetch failed/

export const header = (r: LambdaResult, name: string) => r.headers[name] ?? ''

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
}

/**
 * Adds a spec's figures to reports/serverless.json (the specs run as separate processes; each
 * merges its own keys into what is there).
 */
export function recordTimings(timings: Record<string, number>): void {
  mkdirSync('reports', { recursive: true })
  const file = 'reports/serverless.json'
  let report: { timings?: Record<string, number> } = {}
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as typeof report
  } catch {
    // none yet, or from an interrupted run: start afresh
  }
  writeFileSync(file, JSON.stringify({ ...report, timings: { ...report.timings, ...timings } }, null, 2))
}

/** Polls `read` until `check` holds or `ms` pass; the last value either way. */
export async function until<T>(ms: number, read: () => Promise<T>, check: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (check(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 250))
  }
}

export type Bridge = { url: string; close: () => Promise<void> }

/**
 * An HTTP server on loopback that hands each request to `fn` as an API Gateway event and writes
 * back its result: the site as a client on the internet would reach it, without a network.
 */
export async function httpBridge(fn: RunningFunction): Promise<Bridge> {
  const server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const url = new URL(req.url ?? '/', 'http://bridge')
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(req.headers))
        if (name !== 'host' && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
      const { result } = await fn.invoke(
        apiGatewayEvent({
          method: req.method,
          path: url.pathname,
          query: url.search.slice(1),
          headers,
          body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
        }),
      )
      const out: Record<string, string | string[]> = { ...result.headers }
      if (result.cookies?.length) out['set-cookie'] = result.cookies
      delete out['content-length']
      delete out['transfer-encoding']
      res.writeHead(result.statusCode, out)
      res.end(Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8'))
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' })
      res.end(`bridge: ${String(error)}`)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
