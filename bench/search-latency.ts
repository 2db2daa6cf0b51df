// Run inside a built copy of the project: times the server-side search over its index, in process.
import { performance } from 'node:perf_hooks'
import { isPublished } from '../lib/content/visibility'
import { parseQuery, searchIndex } from '../lib/search/query'
import type { SearchIndex } from '../lib/search/types'
import { QUERIES } from './search-queries'

const RUNS = Number(process.argv[2] ?? 300)

const loaded = (await import('../.contentlayer/search/index.js')) as { default: SearchIndex | { default: SearchIndex } }
// Loaded as ESM it is the index itself; through a CommonJS interop layer it is wrapped once more.
const index = 'terms' in loaded.default ? loaded.default : loaded.default.default
const now = Date.now()
const times: number[] = []
for (let i = 0; i < RUNS; i++) {
  const q = parseQuery(QUERIES[i % QUERIES.length])
  if (!q.ok) continue
  const t0 = performance.now()
  searchIndex(index, q.terms, (d) => isPublished(d, now))
  times.push(performance.now() - t0)
}
times.sort((a, b) => a - b)
const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 100) / 100
console.log(JSON.stringify({ queries: times.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) }))
