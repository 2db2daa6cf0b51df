// `scripts/with-postgres.sh npx tsx bench/search-compare.ts [N]` (default 10,000): the site's own
// search index against MiniSearch and PostgreSQL full-text search (with unaccent), on the same
// generated corpus (bench/gen-corpus.mjs) — p50/p95 latency of the same queries, memory, index
// size, and whether each folds accents and stems English and Spanish. Writes
// bench/results/latest-search.md and {date}-search.json. Issue 12, item 6.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import matter from 'gray-matter'
import pg from 'pg'
import { parse as parseYaml } from 'yaml'
import { plainTextFromMdx } from '../lib/content/text'
import { fold } from '../lib/search/fold'
import { buildSearchIndex } from '../lib/search/build-index'
import { parseQuery, searchIndex, snippet } from '../lib/search/query'
import { packTexts, unpackText } from '../lib/search/texts'
import { stem } from '../lib/search/tokenize'
import type { SearchSource } from '../lib/search/types'
import { QUERIES } from './search-queries'

const N = Number(process.argv[2] ?? 10_000)
const RUNS = 300
/** What a reader expects to match: accents either way, English word forms, a Spanish plural. */
// Each planted in one document of the corpus (its index), which the query must find.
const BEHAVIOUR: { query: string; planted: string; doc: number; what: string }[] = [
  { query: 'Mazatlan', planted: 'Visitors crowded Mazatlán.', doc: 11, what: 'accent folding (typed without)' },
  { query: 'Tulancingo', planted: 'A fair in Tulancingo opened.', doc: 12, what: 'plain word' },
  { query: 'Zacatlán', planted: 'Orchards near Zacatlan bloomed.', doc: 13, what: 'accent folding (typed with)' },
  {
    query: 'referend',
    planted: 'The referendums were delayed.',
    doc: 14,
    what: 'English prefix (referend → referendums)',
  },
  { query: 'flotillas', planted: 'A fishing flotilla sailed.', doc: 15, what: 'English plural (flotillas → flotilla)' },
  { query: 'comicios', planted: 'Los comicios del domingo.', doc: 16, what: 'Spanish word' },
  {
    query: 'inundaciones',
    planted: 'La inundación cubrió la plaza.',
    doc: 17,
    what: 'Spanish plural + accent (inundaciones → inundación)',
  },
]
const MiB = (b: number) => Math.round((b / 2 ** 20) * 10) / 10
const gc = () => (globalThis as { gc?: () => void }).gc?.()
const heap = () => (gc(), process.memoryUsage().heapUsed)

function percentiles(times: number[]) {
  times.sort((a, b) => a - b)
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 100) / 100
  return { p50Ms: at(0.5), p95Ms: at(0.95) }
}
async function time(run: (q: string) => unknown | Promise<unknown>) {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const q = QUERIES[i % QUERIES.length]!
    const t0 = performance.now()
    await run(q)
    times.push(performance.now() - t0)
  }
  return percentiles(times)
}

// ---- the corpus, plus a few Spanish-language snippets so Spanish behaviour can be seen ----
const dir = mkdtempSync(join(tmpdir(), 'search-corpus-'))
execFileSync('node', ['bench/gen-corpus.mjs', '--count', String(N), '--out', dir], { stdio: 'ignore' })
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
const sources: SearchSource[] = files.map((f, i) => {
  const { data, content } = matter(readFileSync(join(dir, f), 'utf8'), {
    engines: { yaml: (s: string) => parseYaml(s) },
  })
  const extra = BEHAVIOUR.filter((b) => b.doc === i)
    .map((b) => ` ${b.planted}`)
    .join('')
  return {
    url: `/${data.section}/${f
      .split('/')
      .pop()!
      .replace(/\.mdx$/, '')}`,
    slug: f
      .split('/')
      .pop()!
      .replace(/\.mdx$/, ''),
    title: String(data.title),
    summary: String(data.summary),
    section: String(data.section),
    publishedAt: new Date(String(data.date)).toISOString(),
    authors: (data.authors as string[]) ?? [],
    tags: (data.tags as string[]) ?? [],
    draft: false,
    textAt: [0, 0] as [number, number],
    text: plainTextFromMdx(content) + extra,
  }
})
rmSync(dir, { recursive: true, force: true })
const results: Record<string, unknown> = { n: sources.length, date: new Date().toISOString() }
const behaviourOf = async (findAll: (q: string) => string[] | Promise<string[]>) => {
  const out = []
  for (const b of BEHAVIOUR)
    out.push({ what: b.what, query: b.query, ok: (await findAll(b.query)).includes(sources[b.doc]!.url) })
  return out
}

// ---- ours ----
{
  const before = heap()
  const t0 = performance.now()
  const packed = packTexts(sources.map((s) => s.text))
  const index = buildSearchIndex(sources.map((s, i) => ({ ...s, textAt: packed.slots[i]! })))
  const buildMs = Math.round(performance.now() - t0)
  const heapMiB = MiB(heap() - before)
  const find = (q: string) => {
    const p = parseQuery(q)
    return p.ok ? searchIndex(index, p.terms, () => true) : []
  }
  const latency = await time(find)
  // Snippets as the site cuts them: each result's text unpacked from the packed texts in memory.
  const withSnippets = await time((q) => {
    const p = parseQuery(q)
    if (!p.ok) return
    for (const h of searchIndex(index, p.terms, () => true).slice(0, 10))
      snippet(unpackText(packed.data, h.doc.textAt), p.terms)
  })
  results.ours = {
    buildMs,
    heapMiB,
    indexMiB: MiB(JSON.stringify(index).length),
    textsMiB: MiB(packed.data.length),
    ...latency,
    withSnippetsP95Ms: withSnippets.p95Ms,
    behaviour: await behaviourOf((q) => find(q).map((h) => h.doc.url)),
  }
  console.error('ours', JSON.stringify(results.ours))
}

// ---- MiniSearch ----
{
  const require = createRequire(import.meta.url)
  // Typed here rather than from the package: bench/node_modules is installed only to run the bench,
  // while \`npm test\` type-checks this file on a fresh checkout.
  type MiniSearchLike = new (options: {
    fields: string[]
    storeFields: string[]
    idField: string
    processTerm: (term: string) => string | null
    extractField: (doc: unknown, field: string) => string
    searchOptions: { boost: Record<string, number>; prefix: (term: string) => boolean; combineWith: 'AND' }
  }) => { addAll(docs: unknown[]): void; search(q: string): { id: unknown }[] }
  const MiniSearch = require('./node_modules/minisearch/dist/cjs/index.cjs') as MiniSearchLike
  const processTerm = (t: string) => {
    const w = fold(t)
    return w.length ? stem(w) : null
  }
  const before = heap()
  const t0 = performance.now()
  const ms = new MiniSearch({
    fields: ['title', 'summary', 'tags', 'authors', 'text'],
    storeFields: ['url'],
    idField: 'url',
    processTerm,
    extractField: (doc, field) => {
      const v = (doc as Record<string, unknown>)[field]
      return Array.isArray(v) ? v.join(' ') : String(v ?? '')
    },
    searchOptions: { boost: { title: 3, tags: 2, summary: 2 }, prefix: (t) => t.length >= 3, combineWith: 'AND' },
  })
  ms.addAll(sources)
  const buildMs = Math.round(performance.now() - t0)
  const heapMiB = MiB(heap() - before)
  const find = (q: string) => ms.search(q).map((r) => String(r.id))
  const latency = await time(find)
  results.minisearch = {
    version: (require('./node_modules/minisearch/package.json') as { version: string }).version,
    buildMs,
    heapMiB,
    indexMiB: MiB(JSON.stringify(ms).length),
    ...latency,
    behaviour: await behaviourOf(find),
  }
  console.error('minisearch', JSON.stringify(results.minisearch))
}

// ---- PostgreSQL full-text search, unaccent, English + simple (Spanish words unstemmed) ----
if (process.env.TEST_DATABASE_URL) {
  const db = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await db.connect()
  await db.query('CREATE EXTENSION IF NOT EXISTS unaccent')
  await db.query('DROP TABLE IF EXISTS search_docs')
  // unaccent() is not IMMUTABLE, so the vector is computed on insert rather than generated.
  await db.query(`CREATE TABLE search_docs (url text PRIMARY KEY, title text, summary text, body text, tsv tsvector)`)
  const t0 = performance.now()
  for (let i = 0; i < sources.length; i += 500) {
    const chunk = sources.slice(i, i + 500)
    await db.query(
      `INSERT INTO search_docs (url, title, summary, body, tsv)
       SELECT u, t, s, b,
         setweight(to_tsvector('english', unaccent(t)), 'A') ||
         setweight(to_tsvector('english', unaccent(s || ' ' || g)), 'B') ||
         setweight(to_tsvector('english', unaccent(b)), 'C') ||
         setweight(to_tsvector('spanish', unaccent(t || ' ' || b)), 'D')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(u, t, s, b, g)`,
      [
        chunk.map((c) => c.url),
        chunk.map((c) => c.title),
        chunk.map((c) => c.summary),
        chunk.map((c) => c.text),
        chunk.map((c) => c.tags.join(' ')),
      ],
    )
  }
  await db.query('CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv)')
  const buildMs = Math.round(performance.now() - t0)
  // Prefix matching per word (elect:*), all words required, English and Spanish stems.
  const tsquery = (q: string) =>
    fold(q)
      .match(/[\p{L}\p{N}]+/gu)!
      .map((w) => `(${w}:* | ${w})`)
      .join(' & ')
  const sql = `SELECT url FROM search_docs, to_tsquery('english', unaccent($1)) qe, to_tsquery('spanish', unaccent($1)) qs
    WHERE tsv @@ (qe || qs) ORDER BY ts_rank(tsv, qe || qs) DESC LIMIT 10`
  const find = async (q: string) => (await db.query<{ url: string }>(sql, [tsquery(q)])).rows.map((r) => r.url)
  const latency = await time(find)
  const withSnippets = await time((q) =>
    db.query(
      `SELECT url, ts_headline('english', body, qe) FROM (
         SELECT url, body, qe FROM search_docs, to_tsquery('english', unaccent($1)) qe
         WHERE tsv @@ qe ORDER BY ts_rank(tsv, qe) DESC LIMIT 10) hits`,
      [tsquery(q)],
    ),
  )
  const size = await db.query<{ table: string; index: string }>(
    `SELECT pg_total_relation_size('search_docs') AS table, pg_relation_size('search_docs_tsv') AS index`,
  )
  const behaviour = await behaviourOf(async (q) =>
    (await db.query<{ url: string }>(sql.replace('LIMIT 10', ''), [tsquery(q)])).rows.map((r) => r.url),
  )
  results.postgres = {
    version: (await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v,
    buildMs,
    tableMiB: MiB(Number(size.rows[0]!.table)),
    ginIndexMiB: MiB(Number(size.rows[0]!.index)),
    ...latency,
    withSnippetsP95Ms: withSnippets.p95Ms,
    behaviour,
  }
  console.error('postgres', JSON.stringify(results.postgres))
  await db.query('DROP TABLE search_docs')
  await db.end()
}

const day = new Date().toISOString().slice(0, 10)
writeFileSync(`bench/results/${day}-search.json`, `${JSON.stringify(results, null, 2)}\n`)
type Row = {
  buildMs: number
  p50Ms: number
  p95Ms: number
  withSnippetsP95Ms?: number
  behaviour: { what: string; ok: boolean }[]
}
const engines = (['ours', 'minisearch', 'postgres'] as const).filter((k) => results[k])
const row = (k: string, extra: string) => {
  const r = results[k] as Row
  return `| ${k} | ${r.p50Ms} | ${r.p95Ms} | ${r.withSnippetsP95Ms ?? '—'} | ${extra} | ${r.buildMs} |`
}
const md = [
  `# Search at ${results.n} articles (${day})`,
  '',
  'Same generated corpus, same 10 queries × 30, in one process on this machine (2 cores); PostgreSQL',
  'over a local socket, one connection. `bench/search-compare.ts`.',
  '',
  '| engine | p50 ms | p95 ms | p95 ms with 10 snippets | memory / size | build ms |',
  '| --- | --- | --- | --- | --- | --- |',
  ...engines.map((k) => {
    const r = results[k] as Record<string, number>
    return row(
      k,
      k === 'postgres'
        ? `table ${r.tableMiB} MiB (GIN ${r.ginIndexMiB} MiB), in the database`
        : `heap ${r.heapMiB} MiB, serialized ${r.indexMiB} MiB` +
            (r.textsMiB ? ` + snippet texts ${r.textsMiB} MiB (gzipped, in memory)` : ''),
    )
  }),
  '',
  '| behaviour | ' + engines.join(' | ') + ' |',
  '| --- | ' + engines.map(() => '---').join(' | ') + ' |',
  ...BEHAVIOUR.map(
    (b, i) =>
      `| ${b.what} | ` + engines.map((k) => ((results[k] as Row).behaviour[i]!.ok ? 'yes' : 'no')).join(' | ') + ' |',
  ),
  '',
]
writeFileSync('bench/results/latest-search.md', md.join('\n'))
console.log(md.join('\n'))
