// Measurements against a running production server: load, on-demand rendering, Lighthouse.
import { execFileSync, spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_FLAGS } from '../scripts/chromium-flags.mjs'
import { median, waitForServer } from './lib.mjs'
import { newestArticleUrl } from './scratch.mjs'

const here = dirname(fileURLToPath(import.meta.url))

async function autocannon(url, seconds) {
  const out = execFileSync(join(here, 'node_modules/.bin/autocannon'), ['-c', '50', '-d', String(seconds), '-j', url], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  const r = JSON.parse(out)
  return {
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + (r.non2xx ?? 0),
  }
}

/** autocannon against the article on `next start`, then the same prerendered HTML from a minimal
 * static server on `staticPort`, in the same run. */
export async function serving(dir, origin, articleUrl, seconds, staticPort) {
  const nextRun = await autocannon(`${origin}${articleUrl}`, seconds)
  const html = join(dir, '.next/server/app', `${articleUrl.slice(1)}.html`)
  const staticServer = spawn('node', [join(here, 'static-server.mjs'), html, String(staticPort)], { stdio: 'ignore' })
  await waitForServer(`http://127.0.0.1:${staticPort}/`)
  const staticRun = await autocannon(`http://127.0.0.1:${staticPort}/`, seconds)
  staticServer.kill()
  return { next: nextRun, static: staticRun, ratio: Math.round((nextRun.reqPerSec / staticRun.reqPerSec) * 100) / 100 }
}

/**
 * What is rendered on request rather than prebuilt (share cards, archive pages past
 * PREBUILD_LIST_PAGES) answers 200, then comes from the cache; past the end is a 404.
 */
export async function onDemandChecks(dir, origin) {
  const sectionDir = join(dir, 'content/articles/mexico')
  const pages = Math.ceil(readdirSync(sectionDir).length / 5) // config/site.ts articlesPerPage
  const deepest = `/mexico/page/${pages}`
  const card = `/og${newestArticleUrl(dir)}.png`
  const twice = async (path) => {
    const a = await fetch(origin + path)
    const b = await fetch(origin + path)
    return `${a.status} ${a.headers.get('x-nextjs-cache')} / ${b.status} ${b.headers.get('x-nextjs-cache')}`
  }
  return {
    deepestArchivePage: { url: deepest, requests: await twice(deepest) },
    pastTheEnd: (await fetch(`${origin}/mexico/page/${pages + 1}`)).status,
    shareCard: { url: card, requests: await twice(card) },
  }
}

/** Lighthouse (mobile emulation, its defaults) `runs` times per path; the median of each figure. */
export async function lighthouseRuns(origin, paths, runs, chromePath) {
  const { default: lighthouse } = await import(join(here, 'node_modules/lighthouse/core/index.js'))
  const { launch } = await import(join(here, 'node_modules/chrome-launcher/dist/index.js'))
  const results = {}
  for (const path of paths) {
    const samples = []
    for (let i = 0; i < runs; i++) {
      const chrome = await launch({
        chromePath,
        chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
      })
      const r = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      })
      await chrome.kill()
      const lhr = r.lhr
      samples.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      })
    }
    results[path] = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]))
    results[path].runs = runs
  }
  return results
}
