import { readOnlyCopy, functionTmp, startFunction, apiGatewayEvent, bodyText } from './scripts/serverless/sandbox.ts'
const sb = readOnlyCopy('.open-next')
const fn = startFunction(sb, 'server-functions/default', functionTmp(sb, 's'), {})
console.log(JSON.stringify((await fn.ready).sandbox))
for (const [path, query] of [
  ['/mexico/no-such-story', ''],
  ['/search', 'q=oaxaca'],
  ['/no-such-page', ''],
]) {
  const { result } = await fn.invoke(apiGatewayEvent({ path, query }))
  const html = bodyText(result)
  console.log(path, result.statusCode, JSON.stringify(result.headers).slice(0, 300))
  console.log(html.slice(0, 300).replace(/\n/g, ' '))
  console.log(
    'h1:',
    html.match(/<h1[^>]*>.*?<\/h1>/)?.[0],
    'results:',
    (html.match(/<h2[^>]*>.*?<\/h2>/g) || []).slice(0, 3),
  )
}
await fn.stop()
sb.remove()
