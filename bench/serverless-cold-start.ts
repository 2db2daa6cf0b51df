// `npx tsx bench/serverless-cold-start.ts RUNS ARTICLE_URL`, in a project folder with a local
// serverless build (`npm run build:serverless:local`): starts the Lambda server function RUNS
// times as the serverless test does (read-only copy, no network, another user; no database) and
// prints one JSON line: medians of the module import (Lambda's init), the first request (home)
// and an article request after it, and the whole cold start (process start to first response).
import { apiGatewayEvent, functionTmp, readOnlyCopy, startFunction } from '../scripts/serverless/sandbox'

const runs = Number(process.argv[2] ?? 3)
const article = process.argv[3] ?? '/'
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const sandbox = readOnlyCopy('.open-next')
const samples: { importMs: number; firstRequestMs: number; articleMs: number; coldStartMs: number }[] = []
try {
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const fn = startFunction(sandbox, 'server-functions/default', functionTmp(sandbox, `cold-${i}`), {})
    try {
      const { importMs } = await fn.ready
      const home = await fn.invoke(apiGatewayEvent({ path: '/' }))
      const coldStartMs = Math.round(performance.now() - started)
      const page = await fn.invoke(apiGatewayEvent({ path: article }))
      if (home.result.statusCode !== 200 || page.result.statusCode !== 200)
        throw new Error(`home ${home.result.statusCode}, ${article} ${page.result.statusCode}`)
      samples.push({ importMs, firstRequestMs: home.ms, articleMs: page.ms, coldStartMs })
    } finally {
      await fn.stop()
    }
  }
} finally {
  sandbox.remove()
}
console.log(
  JSON.stringify({
    runs,
    importMs: median(samples.map((s) => s.importMs)),
    firstRequestMs: median(samples.map((s) => s.firstRequestMs)),
    articleMs: median(samples.map((s) => s.articleMs)),
    coldStartMs: median(samples.map((s) => s.coldStartMs)),
  }),
)
