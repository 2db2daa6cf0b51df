import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { getPathFromRouteCacheKey, getRouteCacheKey } from '@opennextjs/aws/utils/routeCacheKey.js'

// Production's CDN invalidation (cloudfront-invalidation.ts) through OpenNext's own `cloudfront`
// override and its own cache keys; only the request to AWS is caught. OpenNext derives each path
// from a route cache key, where Next names the home page "/index".

const sent: { InvalidationBatch?: { Paths?: { Items?: string[] } } }[] = []
CloudFrontClient.prototype.send = async function (command: { input: (typeof sent)[number] }) {
  sent.push(command.input)
  return {}
} as unknown as CloudFrontClient['send']
const { default: invalidation } = await import('./cloudfront-invalidation')

const asOpenNextSends = (route: string, kind: 'APP_PAGE' | 'APP_ROUTE') => {
  const path = getPathFromRouteCacheKey(getRouteCacheKey(route, { kind, sourceRoute: route } as never))
  return { initialPath: path, rawPath: path, resolvedRoutes: [{ route: path, type: 'app' as const }] }
}

test('the home page is invalidated as "/", each page once, with its RSC twin', async () => {
  const home = asOpenNextSends('/', 'APP_PAGE')
  assert.equal(home.initialPath, '/index', 'OpenNext no longer names the home page /index: drop the mapping')
  const section = asOpenNextSends('/mexico', 'APP_PAGE')
  await invalidation.invalidatePaths([home, section, section, asOpenNextSends('/feed.xml', 'APP_ROUTE')])
  assert.deepEqual(sent.at(-1)?.InvalidationBatch?.Paths?.Items, [
    '/',
    '/?_rsc=*',
    '/mexico',
    '/mexico?_rsc=*',
    '/feed.xml',
    '/feed.xml?_rsc=*',
  ])
})
