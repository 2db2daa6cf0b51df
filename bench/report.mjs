// Budgets and the Markdown summary of a bench run.
import { loadTable } from './load.mjs'

const kb = (b) => `${(b / 1024).toFixed(1)} kB`
export const BASELINE_PATH = '/bench-baseline'

function budget(name, measured, ok, detail) {
  if (measured === undefined) return { name, status: 'SKIP', detail: 'not measured in this run' }
  return { name, status: ok ? 'PASS' : 'FAIL', detail }
}

/** Every budget with PASS, FAIL or SKIP (not measured); failures are reported, never hidden. */
export function checkBudgets(b, results) {
  const sizes = Object.keys(results.sizes).map(Number)
  const ref = results.sizes[sizes.includes(2000) ? 2000 : sizes[0]]
  const first = results.sizes[sizes[0]]
  // The bare baseline page is a reference (the framework's floor), not a page of the site.
  const lh = first?.lighthouse
    ? Object.entries(first.lighthouse)
        .filter(([path]) => path !== BASELINE_PATH)
        .map(([, x]) => x)
    : []
  const ten = results.sizes[10000]
  const astro = results.peers?.astroMdx
  const ours = astro ? results.sizes[astro.n] : undefined
  const js = ref?.articleClientJs?.oursGzBytes
  const html = ref?.pageWeight?.article?.html.gzBytes
  const css = ref?.pageWeight?.article?.css.gzBytes
  const fonts = ref?.pageWeight?.article?.fontsPreloaded
  const lite = ref?.lite?.lite
  const liteLh = first?.lighthouse
    ? Object.entries(first.lighthouse).find(([path]) => path.startsWith('/lite/'))?.[1]
    : undefined
  return [
    budget(
      'lite article: transferred (HTML + CSS + JS + photo)',
      lite?.totalBytes,
      lite?.totalBytes <= b.liteTransferMaxBytes && lite?.scripts === 0,
      `${kb(lite?.totalBytes ?? 0)}, ${lite?.scripts ?? '?'} scripts (max ${kb(b.liteTransferMaxBytes)}, 0 scripts); ` +
        `full article: ${kb(ref?.lite?.full?.totalBytes ?? 0)}`,
    ),
    budget(
      'lite article: Lighthouse (mobile) performance / accessibility',
      liteLh ? 1 : undefined,
      liteLh?.performance >= b.liteLighthousePerformanceMin &&
        liteLh?.accessibility >= b.liteLighthouseAccessibilityMin,
      `${liteLh?.performance ?? '?'} / ${liteLh?.accessibility ?? '?'} (min ${b.liteLighthousePerformanceMin} / ${b.liteLighthouseAccessibilityMin})`,
    ),
    budget(
      'article client JS beyond the framework',
      js,
      js <= b.articleClientJsOursMaxGzBytes,
      `${kb(js ?? 0)} gz (max ${kb(b.articleClientJsOursMaxGzBytes)})`,
    ),
    budget(
      'article HTML (600 words)',
      html,
      html <= b.articleHtmlMaxGzBytes,
      `${kb(html ?? 0)} gz (max ${kb(b.articleHtmlMaxGzBytes)})`,
    ),
    budget('article CSS', css, css <= b.articleCssMaxGzBytes, `${kb(css ?? 0)} gz (max ${kb(b.articleCssMaxGzBytes)})`),
    budget(
      'font files on first paint',
      fonts,
      fonts <= b.maxFontFilesFirstPaint,
      `${fonts} (system fonts; max ${b.maxFontFilesFirstPaint})`,
    ),
    budget(
      'Lighthouse performance (mobile)',
      lh.length ? 1 : undefined,
      lh.every((x) => x.performance >= b.lighthousePerformanceMin),
      lh.map((x) => x.performance).join(', ') + ` (min ${b.lighthousePerformanceMin})`,
    ),
    budget(
      'Lighthouse accessibility',
      lh.length ? 1 : undefined,
      lh.every((x) => x.accessibility >= b.lighthouseAccessibilityMin),
      lh.map((x) => x.accessibility).join(', ') + ` (min ${b.lighthouseAccessibilityMin})`,
    ),
    budget(
      'CLS',
      lh.length ? 1 : undefined,
      lh.every((x) => x.cls <= b.clsMax),
      lh.map((x) => x.cls).join(', ') + ` (max ${b.clsMax})`,
    ),
    budget(
      'cold build ms/page vs Astro + MDX',
      astro && ours ? 1 : undefined,
      ours && astro ? ours.build.msPerPage <= astro.msPerPage * b.buildMsPerPageVsAstroMax : false,
      ours && astro
        ? `${ours.build.msPerPage} vs ${astro.msPerPage} ms/page = ${(ours.build.msPerPage / astro.msPerPage).toFixed(2)}× (max ${b.buildMsPerPageVsAstroMax}×); ` +
            `per article ${ours.build.msPerArticle} vs ${astro.msPerArticle ?? '–'} ms`
        : '',
    ),
    budget(
      "10,000-article build peak RSS (largest process, and summed over the build's processes)",
      ten?.build.coldPeakRssMiB,
      Math.max(ten?.build.coldPeakRssMiB ?? 0, ten?.build.coldTreePeakRssMiB ?? 0) <= b.tenThousandPeakRssMaxMiB,
      `${ten?.build.coldPeakRssMiB} MiB, summed ${ten?.build.coldTreePeakRssMiB ?? '–'} MiB (max ${b.tenThousandPeakRssMaxMiB})`,
    ),
    budget(
      'load: 0 failures at 50 connections (home, article, search, feed); every sign-up answered beside readers',
      first?.load ? 1 : undefined,
      first?.load
        ? Object.values(first.load.pages).every((x) => x.errors + x.timeouts + x.non2xx <= b.loadFailuresMax) &&
            first.load.signupsBesideReaders.signups.timeouts === 0
        : false,
      first?.load
        ? Object.entries(first.load.pages)
            .map(([k, x]) => `${k} p99 ${x.p99Ms} ms/${x.errors + x.timeouts + x.non2xx} failed`)
            .join(', ') +
            `; sign-ups p99 ${first.load.signupsBesideReaders.signups.p99Ms} ms, ${first.load.signupsBesideReaders.signups.timeouts} unanswered`
        : '',
    ),
    budget(
      'npm start (Next) vs static server',
      first?.serving?.ratio,
      first?.serving?.ratio >= b.servingRatioMin && first.serving.next.errors <= b.servingErrorsMax,
      first?.serving
        ? `${first.serving.next.reqPerSec} vs ${first.serving.static.reqPerSec} req/s = ${first.serving.ratio} (min ${b.servingRatioMin}), ${first.serving.next.errors} errors`
        : '',
    ),
  ]
}

/** A Markdown section: heading, table, blank line. */
function table(title, headers, rows) {
  return [`## ${title}`, '', `| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows, '']
}

export function renderMarkdown(r) {
  const lines = [
    `# Benchmark results (${r.date.slice(0, 10)}${r.quick ? ', quick' : ''})`,
    '',
    `Commit ${r.commit?.slice(0, 12) ?? '?'}; the run took ${r.seconds ? `${Math.round(r.seconds / 60)} minutes` : '?'}.`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}. ` +
      `Versions: ${Object.entries(r.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    '',
    '## Build cost',
    '',
    '| articles | pages | content step s | next build s (cold) | next build s (warm) | peak RSS MiB (largest process / summed) | ms/page | ms/article | .next MiB | server MiB (incl. prerendered pages) | article function MiB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...Object.entries(r.sizes).map(
      ([n, s]) =>
        `| ${n} | ${s.build.pages} | ${s.contentCold.seconds} | ${s.nextCold.seconds} | ${s.nextWarm?.seconds ?? '–'} | ${s.build.coldPeakRssMiB} / ${s.build.coldTreePeakRssMiB ?? '–'} | ${s.build.msPerPage} | ${s.build.msPerArticle ?? '–'} | ${s.build.nextDirMiB} | ${s.build.serverDirMiB} | ${s.build.articleFunctionMiB ?? '–'} |`,
    ),
    '',
    ...table(
      'Page weight (raw / gzipped, from `next start`; the article JS is split at the framework baseline below)',
      ['articles', 'page', 'HTML', 'CSS', 'JS'],
      Object.entries(r.sizes).flatMap(([n, s]) =>
        Object.entries(s.pageWeight).map(
          ([name, w]) =>
            `| ${n} | ${name} | ${kb(w.html.bytes)} / ${kb(w.html.gzBytes)} | ${kb(w.css.bytes)} / ${kb(w.css.gzBytes)} (${w.css.files} files) | ${kb(w.js.bytes)} / ${kb(w.js.gzBytes)} (${w.js.files} files) |`,
        ),
      ),
    ),
    ...Object.entries(r.sizes).map(
      ([n, s]) =>
        `N=${n}: article client JS ours ${kb(s.articleClientJs.oursGzBytes)} gz over a framework baseline of ${kb(s.articleClientJs.frameworkBaselineGzBytes)}; search p50 ${s.search.p50Ms} ms, p95 ${s.search.p95Ms} ms over ${s.search.queries} queries.`,
    ),
    '',
  ]
  const onDemand = Object.entries(r.sizes).filter(([, s]) => s.onDemand)
  if (onDemand.length)
    lines.push(
      ...table(
        'Rendered on first request, then cached (status and x-nextjs-cache, 1st / 2nd request)',
        ['articles', 'deepest section page', 'past the end', 'share card'],
        onDemand.map(
          ([n, { onDemand: o }]) =>
            `| ${n} | ${o.deepestArchivePage.url}: ${o.deepestArchivePage.requests} | ${o.pastTheEnd} | ${o.shareCard.requests} |`,
        ),
      ),
    )
  for (const [n, s] of Object.entries(r.sizes)) {
    if (s.serving)
      lines.push(
        ...table(
          'Serving (autocannon, 50 connections)',
          ['server', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
          [
            [`npm start, Next (N=${n})`, s.serving.next],
            ['static Node server', s.serving.static],
          ].map(([name, x]) => `| ${name} | ${x.reqPerSec} | ${x.p50Ms} | ${x.p99Ms} | ${x.errors} |`),
        ),
      )
    if (s.load) lines.push('## Load and sign-ups beside readers (bench/load.mjs)', '', loadTable(s.load), '')
    if (s.lighthouse)
      lines.push(
        ...table(
          'Lighthouse (mobile, median)',
          ['page', 'perf', 'a11y', 'best practices', 'SEO', 'LCP ms', 'CLS', 'TBT ms'],
          Object.entries(s.lighthouse).map(
            ([p, x]) =>
              `| ${p === BASELINE_PATH ? `${p} (bare app-router page: the framework's floor)` : p} | ${x.performance} | ${x.accessibility} | ${x.bestPractices} | ${x.seo} | ${x.lcpMs} | ${x.cls} | ${x.tbtMs} |`,
          ),
        ),
      )
  }
  const serverless = Object.entries(r.sizes).filter(([, s]) => s.serverless)
  if (serverless.length)
    lines.push(
      ...table(
        'Serverless (OpenNext for AWS Lambda; cold start: median, read-only copy, no network)',
        [
          'articles',
          'build s',
          'server fn MiB (unzipped / zipped)',
          'image fn MiB',
          'init (import) ms',
          'first request ms',
          'cold start ms',
          'article after ms',
        ],
        serverless.map(([n, { serverless: x }]) => {
          const c = typeof x.coldStart === 'object' ? x.coldStart : undefined
          return `| ${n} | ${x.buildSeconds} | ${x.server.unzippedMiB} / ${x.server.zippedMiB} | ${x.imageOptimization.unzippedMiB} / ${x.imageOptimization.zippedMiB} | ${c?.importMs ?? '–'} | ${c?.firstRequestMs ?? '–'} | ${c?.coldStartMs ?? x.coldStart} | ${c?.articleMs ?? '–'} |`
        }),
      ),
    )
  const prebuilt = Object.entries(r.sizes).filter(([, s]) => s.prebuilt)
  if (prebuilt.length)
    lines.push(
      ...table(
        'Prebuilding the newest N articles only (PREBUILD_ARTICLES)',
        [
          'articles',
          'N',
          'pages',
          'next build s (cold)',
          'peak RSS MiB (largest / summed)',
          'server MiB',
          'oldest article, 1st / 2nd request',
          'unknown slug',
        ],
        prebuilt.map(
          ([n, { prebuilt: p }]) =>
            `| ${n} | ${p.limit} | ${p.pages} | ${p.nextColdSeconds} | ${p.peakRssMiB} / ${p.treePeakRssMiB ?? '–'} | ${p.serverDirMiB} | ${p.oldestArticle.first} / ${p.oldestArticle.second} | ${p.unknownSlugStatus} |`,
        ),
      ),
    )
  if (r.peers)
    lines.push(
      `Astro + MDX peer at N=${r.peers.astroMdx.n}: ${r.peers.astroMdx.pages ?? '?'} pages (home + one per article) in ${r.peers.astroMdx.wallSeconds} s: ${r.peers.astroMdx.msPerPage} ms/page, ${r.peers.astroMdx.msPerArticle ?? '–'} ms/article, ${r.peers.astroMdx.maxRssMiB} MiB peak.`,
      '',
    )
  lines.push('## Budgets', '', ...r.budgets.map((b) => `- **${b.status}** ${b.name}: ${b.detail}`), '')
  return lines.join('\n')
}

// `node bench/report.mjs bench/results/<file>.json [out.md]`: budgets and the table again from a
// saved run (after a change to budgets.json or to this report).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs')
  const [file, out] = process.argv.slice(2)
  const r = JSON.parse(readFileSync(file, 'utf8'))
  r.budgets = checkBudgets(JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')), r)
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`)
  if (out) writeFileSync(out, renderMarkdown(r))
  for (const b of r.budgets) console.log(`${b.status.padEnd(4)} ${b.name}: ${b.detail}`)
}
