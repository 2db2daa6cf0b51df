// Small helpers for bench/run.mjs: processes, timing, sizes.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
export const gz = (buf) => gzipSync(buf, { level: 6 }).length

/** Summed RSS (kB) of a process and all its descendants, from /proc. */
export function treeRssKb(rootPid) {
  const children = new Map()
  const rss = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1])
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0))
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/**
 * Runs a command under GNU time: wall seconds, peak RSS (MiB) of its largest process, and the
 * peak of the summed RSS of its whole process tree (sampled every 0.5 s: builds run workers and
 * parallel contentlayer shards, so the largest process alone understates what the machine holds).
 */
export function timedRun(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', cmd, ...args], { ...opts, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let treePeakKb = 0
    const sampler = setInterval(() => (treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid))), 500)
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code) => {
      clearInterval(sampler)
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(err)?.[1] ?? '0:0'
      const parts = wall.split(':').map(Number)
      const seconds = parts.reduce((acc, p) => acc * 60 + p, 0)
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? 0)
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${(out + err).slice(-3000)}`))
      else
        resolve({
          seconds: Math.round(seconds * 10) / 10,
          peakRssMiB: Math.round(rssKb / 1024),
          treePeakRssMiB: Math.round(treePeakKb / 1024),
          output: out,
        })
    })
  })
}

export function dirSize(dir) {
  let total = 0
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    const s = statSync(p)
    total += s.isDirectory() ? dirSize(p) : s.size
  }
  return total
}

export function largestFiles(dir, n = 3) {
  const files = []
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      const s = statSync(p)
      if (s.isDirectory()) walk(p)
      else files.push({ path: p, bytes: s.size })
    }
  }
  walk(dir)
  return files.sort((a, b) => b.bytes - a.bytes).slice(0, n)
}

export async function waitForServer(url, timeoutMs = 60_000) {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await sleep(300)
  }
  throw new Error(`server did not answer at ${url}`)
}

/** HTML, CSS and JS that one page loads, raw and gzipped; scripts listed for baseline splits. */
export async function pageWeight(origin, path) {
  const html = Buffer.from(await (await fetch(origin + path)).arrayBuffer())
  const text = html.toString('utf8')
  const scripts = [...text.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="([^"]+)"/gi)].map((m) => m[1])
  const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi)].map((m) => m[1])
  const fonts = [...text.matchAll(/<link[^>]*rel="preload"[^>]*as="font"[^>]*href="([^"]+)"/gi)].map((m) => m[1])
  const fetchAll = async (urls) =>
    Promise.all(
      [...new Set(urls)].map(async (u) => ({
        url: u,
        body: Buffer.from(await (await fetch(origin + u)).arrayBuffer()),
      })),
    )
  const js = await fetchAll(scripts)
  const css = await fetchAll(styles)
  const sum = (files) => ({
    bytes: files.reduce((s, f) => s + f.body.length, 0),
    gzBytes: files.reduce((s, f) => s + gz(f.body), 0),
    files: files.length,
  })
  return {
    path,
    html: { bytes: html.length, gzBytes: gz(html) },
    css: sum(css),
    js: sum(js),
    fontsPreloaded: fonts.length,
    scripts: js.map((f) => ({ url: f.url, gzBytes: gz(f.body) })),
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined
}

export const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'))

/**
 * What a serverless host would deploy for one route: the files Next's tracer lists for it
 * (`<route>/page.js.nft.json`: server code, traced node_modules, article bodies), in MiB.
 * Prerendered HTML is not in it (a host serves that as static files).
 */
export function routeFunctionMiB(dir, route) {
  const nft = join(dir, '.next/server/app', route, 'page.js.nft.json')
  const base = join(dir, '.next/server/app', route)
  const files = new Set([
    join(base, 'page.js'),
    ...JSON.parse(readFileSync(nft, 'utf8')).files.map((f) => join(base, f)),
  ])
  let bytes = 0
  for (const f of files) {
    try {
      const s = statSync(f)
      if (s.isFile()) bytes += s.size
    } catch {
      // listed but absent (optional files): nothing deployed
    }
  }
  return Math.round((bytes / 2 ** 20) * 10) / 10
}

/**
 * What a phone transfers for one page with JavaScript off: its HTML (gzipped, as served), the
 * stylesheets and scripts it links, and its images at the src it names (WebP, as browsers ask).
 * For the lite article beside the full one (issue 14: the lite page at most 30 kB).
 */
export async function pageTransfer(origin, path) {
  const html = Buffer.from(await (await fetch(origin + path)).arrayBuffer())
  const text = html.toString('utf8')
  const srcs = (re) => [...new Set([...text.matchAll(re)].map((m) => m[1].replaceAll('&amp;', '&')))]
  const size = async (u, headers = {}) => Buffer.from(await (await fetch(origin + u, { headers })).arrayBuffer())
  const scripts = await Promise.all(srcs(/<script[^>]*\ssrc="([^"]+)"/gi).map((u) => size(u)))
  const styles = await Promise.all(srcs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi).map((u) => size(u)))
  // The first image is the lead photo; the full page's is the srcset's 640 w candidate (a phone).
  const firstImg = /<img[^>]*>/i.exec(text)?.[0] ?? ''
  const src = /srcSet="[^"]*?(\S+) 640w/i.exec(firstImg)?.[1] ?? /src="([^"]+)"/i.exec(firstImg)?.[1]
  const image = src ? (await size(src.replaceAll('&amp;', '&'), { accept: 'image/webp,image/*' })).length : 0
  const htmlGz = gz(html)
  const cssGz = styles.reduce((s, b) => s + gz(b), 0)
  const jsGz = scripts.reduce((s, b) => s + gz(b), 0)
  return {
    path,
    htmlGzBytes: htmlGz,
    cssGzBytes: cssGz,
    jsGzBytes: jsGz,
    scripts: scripts.length + (text.match(/<script/gi)?.length ?? 0) - scripts.length,
    imageBytes: image,
    totalBytes: htmlGz + cssGz + jsGz + image,
  }
}

/**
 * `npm start`'s server (scripts/start.mjs) on the build in `dir`, with a database (and outbox) of
 * its own in a fresh temporary folder (`data`: the caller removes it), on 127.0.0.1:`port`. `env`
 * adds to or overrides that.
 */
export function startSite(dir, { port, env = {}, prefix = 'thenews-bench-' }) {
  const data = mkdtempSync(join(tmpdir(), prefix))
  const server = spawn(process.execPath, [join(dir, 'scripts/start.mjs'), dir], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      LISTEN_HOST: '127.0.0.1',
      PGLITE_DATA_DIR: join(data, 'db'),
      MAIL_OUTBOX: join(data, 'outbox.jsonl'),
      ...env,
    },
    // The app reads its built content (.contentlayer/) from the working folder.
    cwd: dir,
    stdio: 'ignore',
  })
  return { server, data }
}
