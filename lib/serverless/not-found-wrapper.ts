import type { InternalEvent, InternalResult } from '@opennextjs/aws/types/open-next.js'
import type { Wrapper, WrapperHandler } from '@opennextjs/aws/types/overrides.js'
import awsLambda from '@opennextjs/aws/overrides/wrappers/aws-lambda.js'
import { fromReadableStream, toReadableStream } from '@opennextjs/aws/utils/stream.js'
import { LAMBDA_HANDLER, type LambdaHandler } from './lambda-handler'
import { filtersResponse, methodRefusal, notFoundFilter, type FilterAnswer } from '../http/not-found-filter'

// The Lambda's server around Next: OpenNext's `aws-lambda` wrapper (no streaming: the handler
// hands back the whole response), with what scripts/start.mjs does on `npm start`:
// - other methods than GET and HEAD get a 405 before OpenNext routes or Next renders anything
//   (the API excepted);
// - a 404 to a GET or HEAD of an HTML page is answered by the function the app registered at
//   start (lib/http/not-found-filter.ts): 410 for a withdrawn article, 308 for an alias, else
//   the prerendered 404 page in place of Next's empty error shell. Every other response passes.
// Next runs in this process (OpenNext's server function), so both sides share globalThis.

// Next's headers that describe the body or the cache entry the answer replaces.
const DROPPED = new Set([
  'content-length',
  'content-encoding',
  'content-type',
  'etag',
  'cache-control',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
  'x-next-cache-tags',
])

function headerValue(headers: InternalResult['headers'], name: string): string {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  const value = key === undefined ? undefined : headers[key]
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
}

function asResult(answer: FilterAnswer, kept: InternalResult['headers'] = {}): InternalResult {
  return {
    type: 'core',
    statusCode: answer.status,
    headers: { ...kept, ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) },
    body: toReadableStream(answer.body),
    isBase64Encoded: false,
  }
}

/** The handler with the method check and the 404 filter around it. */
export function filtered(
  handler: Parameters<WrapperHandler<InternalEvent, InternalResult>>[0],
): Parameters<WrapperHandler<InternalEvent, InternalResult>>[0] {
  return async (event, options) => {
    const { pathname, search } = new URL(event.url, 'http://localhost')
    const refused = methodRefusal(event.method, pathname)
    if (refused) return asResult(refused)
    const result = await handler(event, options)
    const filter = notFoundFilter()
    if (
      result.statusCode !== 404 ||
      !filter ||
      !filtersResponse(event.method, pathname, headerValue(result.headers, 'content-type'))
    )
      return result
    const answer = await filter(`${pathname}${search}`).catch((e: unknown) => {
      console.error(`[404] the filter failed, Next's 404 stands: ${String(e)}`)
      return null
    })
    if (!answer) return result
    await fromReadableStream(result.body) // Next's body, read to its end and dropped
    const own = headerValue(result.headers, 'cache-control')
    const kept = Object.fromEntries(Object.entries(result.headers).filter(([k]) => !DROPPED.has(k.toLowerCase())))
    const replaced = asResult(answer, kept)
    // What a route chose as stricter (no-store, private) stands.
    if (/no-store|private/.test(own)) replaced.headers['cache-control'] = own
    return replaced
  }
}

const wrapper: Wrapper<InternalEvent, InternalResult> = {
  name: 'thenews-not-found',
  supportStreaming: false,
  wrapper: async (handler, converter) => {
    const lambda = await awsLambda.wrapper(filtered(handler), converter)
    // For the serverless test's queue (local-queue.ts); nothing reads it on AWS.
    ;(globalThis as { [LAMBDA_HANDLER]?: LambdaHandler })[LAMBDA_HANDLER] = lambda
    return lambda
  },
}

export default wrapper
