import type { Queue } from '@opennextjs/aws/types/overrides.js'
import { LAMBDA_HANDLER, type LambdaHandler } from './lambda-handler'

// The serverless test's stand-in for SQS and OpenNext's revalidation function
// (open-next.local.config.ts). On AWS a page served stale goes to SQS as a message; the
// revalidation function then sends the site a HEAD with Next's revalidate headers, and the render
// it causes replaces the cache entry. OpenNext's `direct` queue sends that HEAD itself, to
// https://{host}: the sandboxed function has no network, so every stale page failed to revalidate
// ("fetch failed", EAI_AGAIN) and stayed stale for good. This hands the same request to this
// instance's handler, as the API Gateway event it would arrive as.
const queue: Queue = {
  name: 'thenews-local-queue',
  send: async ({ MessageBody: { host, url } }) => {
    const handler = (globalThis as { [LAMBDA_HANDLER]?: LambdaHandler })[LAMBDA_HANDLER]
    // Imported here, as OpenNext's own queues do: the build loads this file, where the config's files are not.
    const { PrerenderManifest } = await import('@opennextjs/aws/adapters/config/index.js')
    const revalidateId = PrerenderManifest?.preview.previewModeId
    if (!handler || !revalidateId) throw new Error('revalidation: no handler or preview id in this function')
    const [path = '/', query = ''] = url.split('?')
    await handler({
      version: '2.0',
      routeKey: '$default',
      rawPath: path,
      rawQueryString: query,
      headers: { host, 'x-prerender-revalidate': revalidateId, 'x-isr': '1' },
      requestContext: { http: { method: 'HEAD', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' } },
      isBase64Encoded: false,
    })
  },
}

export default queue
