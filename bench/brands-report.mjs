// The Markdown summary of `npm run bench -- --brands` (bench/brands.mjs). Alone,
// `node bench/brands-report.mjs results/<date>-brands.json` writes results/latest-brands.md again.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const kb = (b) => `${(b / 1024).toFixed(1)} kB`
const row = (cells) => `| ${cells.join(' | ')} |`

function buildTable(brands) {
  const lines = [
    row([
      'brand',
      'articles (published)',
      'pages',
      'content step s',
      'next build s',
      'total s (cold; median, every run)',
      'peak RSS MiB (largest / summed)',
      '.next MiB',
      'article function MiB',
      '`<html lang>`',
    ]),
    row(Array(10).fill('---')),
  ]
  for (const [id, b] of Object.entries(brands))
    lines.push(
      row([
        id,
        b.articles,
        b.build.pages,
        b.build.content.seconds,
        b.build.next.seconds,
        `${b.build.coldSeconds} (${(b.build.coldSecondsRuns ?? [b.build.coldSeconds]).join(', ')})`,
        `${b.build.coldPeakRssMiB} / ${b.build.coldTreePeakRssMiB}`,
        b.build.nextDirMiB,
        b.build.articleFunctionMiB,
        `\`${b.lang}\``,
      ]),
    )
  return lines.join('\n')
}

function weightTable(pages) {
  const lines = [
    row(['page', 'path', 'HTML gz', 'CSS gz (files)', 'JS gz (files)', 'total gz', 'requests']),
    row(Array(7).fill('---')),
  ]
  for (const [name, p] of Object.entries(pages))
    lines.push(
      row([
        name,
        `\`${p.path}\``,
        kb(p.html.gzBytes),
        `${kb(p.css.gzBytes)} (${p.css.files})`,
        `${kb(p.js.gzBytes)} (${p.js.files})`,
        kb(p.html.gzBytes + p.css.gzBytes + p.js.gzBytes),
        p.requests,
      ]),
    )
  return lines.join('\n')
}

function multiTenant(m, brands, rounds) {
  const ids = Object.keys(brands)
  const one = m.build
  return `## Multi-tenant estimate

The alternative to one deployment per brand: one deployment serving every brand's host. **An
approximation**, not a multi-tenant build (the code has none): The News built once (\`BRAND=the-news\`,
cold, same machine, same run) with the sister brands' ${m.addedFromSisters} articles, their authors and their
pages added to \`content/\` (their sections mapped onto The News's, since one build has one section
list), so it holds every brand's ${m.articles} articles (${ids.map((id) => `${id} ${brands[id].articles}`).join(', ')}).
It measures the content and the per-article work a shared build would do; it leaves out what a real
multi-tenant build adds on top (every host's list pages, feeds and sitemaps prerendered, every
brand's strings and search index in the one bundle), so the one-build figures are a floor.

| | articles | pages prerendered | total s (cold: content + next build) | .next MiB | article function MiB |
| --- | --- | --- | --- | --- | --- |
| ${ids.length} separate builds (sum; the function: the largest) | ${ids.reduce((s, id) => s + brands[id].articles, 0)} | ${ids.reduce((s, id) => s + brands[id].build.pages, 0)} | ${m.separateBuildsSeconds} | ${m.separateBuildsNextDirMiB} | ${m.largestSeparateArticleFunctionMiB} |
| one build with every brand's articles | ${m.articles} | ${one.pages} | ${one.coldSeconds} (${one.content.seconds} + ${one.next.seconds}; runs ${(one.coldSecondsRuns ?? [one.coldSeconds]).join(', ')}) | ${one.nextDirMiB} | ${one.articleFunctionMiB} |

Medians of ${rounds} rounds (the separate builds: the sum of each brand's median). Round by round, the rounds
interleaved so the shared machine's load falls on both alike (1-minute load average at each build's
start: ${ids.map((id) => `${id} ${(brands[id].build.loadAverageAtStart ?? []).join(' / ')}`).join('; ')}; one build ${(one.loadAverageAtStart ?? []).join(' / ')}):

| round | ${ids.length} separate builds, s | one build, s | ratio |
| --- | --- | --- | --- |
${(m.roundsSeparateVsOne ?? []).map((x, i) => `| ${i + 1} | ${x.separate} | ${x.one} | ${(x.separate / x.one).toFixed(2)}× |`).join('\n')}

At these sample sizes (tens of articles) every build is mostly fixed cost (compiling the app,
the fixed pages), which one build pays once and three builds pay three times; the brands' builds
also run one after another here and could run in parallel on separate machines. The article
function holds the server code plus the traced article bodies, so its size grows with the
articles it can serve: the synthetic corpus in \`latest.md\` gives 22.1 MiB at 200 articles,
26.8 at 2,000 and 47.6 at 10,000 for one brand; a multi-tenant function carries the sum of every
brand's archive.

What the multi-tenant model would need besides (from the code, no build):

- **CDN cache keys**: one deployment per brand has a distribution per brand, so paths alone are
  enough as cache keys. One distribution for every host must put \`Host\` in the CloudFront cache policy's key (and forward it
  as \`X-Forwarded-Host\`, as now), or \`/\`, \`/opinion\`, \`/feed.xml\` of one brand are served for
  another. Invalidations are by path per distribution (\`lib/serverless/cdn-paths.ts\`): a publish on
  one brand drops that path for every host.
- **Next's cache keys are paths too**: the prerendered pages and the ISR / OpenNext incremental
  cache are keyed by route path (\`/index\`, \`/futbol\`, \`/opinion/page/2\`), and a publish expires by
  path (\`lib/publish/expire.ts\`). Two brands' \`/opinion\` (both have one) or \`/\` collide, so every
  route would move under a host segment (a rewrite to \`app/[host]/…\`), every
  \`generateStaticParams\` would multiply by the brands, and every expired path would carry the host.
- **robots.txt, sitemaps, feeds per host**: ${ids
    .map(
      (id) =>
        `${id}'s \`/robots.txt\` is ${brands[id].build.robotsPrerendered ? 'prerendered at build time' : 'rendered on request'} and names ${brands[id].robotsSitemaps.map((u) => `\`${u}\``).join(', ') || 'no sitemap'}`,
    )
    .join('; ')}. With one deployment \`robots.txt\`, \`sitemap.xml\`, \`news-sitemap.xml\`, the feeds,
  \`/icon\` and \`/logo.png\` must read the host on every request (dynamic) or be prerendered once per
  host under the host segment.
- **The brand chosen per request, not per build**: today \`scripts/select-brand.mjs\` fixes the
  brand at build time and only that brand's words, theme, wordmark and search language reach the
  bundles; \`<html lang>\` (measured above: ${ids.map((id) => `\`${brands[id].lang}\``).join(', ')}) and every string
  would come from a lookup by host, and the bundles would carry every brand's configuration.
- **One function for every brand**: one Lambda traces every brand's article bodies (above), loads
  every brand's search index, and one deploy (or one broken article that fails the build) takes
  every brand with it.
`
}

export function renderBrandsMarkdown(r) {
  const brands = r.brands
  const perBrand = Object.entries(brands)
    .map(([id, b]) => `### ${id} (\`<html lang="${b.lang}">\`)\n\n${weightTable(b.pages)}`)
    .join('\n\n')
  return `# Brands: build cost and page weight per brand (${r.date.slice(0, 10)})

Commit ${r.commit.slice(0, 12)}; the run took ${Math.round(r.seconds / 60)} minutes. Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node} (shared with other builds: times move by ±15 % or more from run to run; sizes do not).

\`npm run bench -- --brands\` (bench/brands.mjs): every brand \`scripts/select-brand.mjs --list\` names, each in
its own scratch copy of the commit with its own sample content (\`content/\` for the-news,
\`content/brands/<id>/\` for a sister brand), built as production builds it (\`BRAND=<id> npm run content\`,
then \`next build\`, both cold, production defaults; ${r.rounds ?? 1} rounds, interleaved, the median reported), then
served by \`npm start\` (round 1's build).

## Build (cold)

${buildTable(brands)}

## Page weight (from \`npm start\`; the newest article, its section, a word of its headline searched)

Requests: the HTML, its stylesheets and scripts, and preloaded fonts (none: system fonts).

${perBrand}

${multiTenant(r.multiTenant, brands, r.rounds ?? 1)}`
}

const here = dirname(fileURLToPath(import.meta.url))
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: node bench/brands-report.mjs results/<date>-brands.json')
    process.exit(2)
  }
  const r = JSON.parse(readFileSync(resolve(file), 'utf8'))
  writeFileSync(join(here, 'results/latest-brands.md'), renderBrandsMarkdown(r))
}
