// The image optimization function of the serverless artefact, run as the server function is in
// artefact.spec.ts (read-only copy, another user, no network; scripts/serverless/sandbox.ts).
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import sharp from 'sharp'
import { publicArticles } from '../../e2e/lib/content'
import { apiGatewayEvent, bodyBytes, bodyText, functionTmp, readOnlyCopy, startFunction, type Sandbox } from './sandbox'

let sandbox: Sandbox

describe('serverless artefact: the image optimization function', () => {
  before(() => {
    assert.ok(
      existsSync('.open-next/image-optimization-function/index.mjs'),
      'run npm run build:serverless:local first',
    )
    sandbox = readOnlyCopy('.open-next')
  })
  after(() => sandbox?.remove())

  const header = (r: { headers: Record<string, string> }, name: string) => r.headers[name] ?? ''
  it('serves resized images from the assets, and refuses sources outside public/images', async () => {
    const tmp = functionTmp(sandbox, 'image')
    const images = startFunction(sandbox, 'image-optimization-function', tmp, {})
    try {
      await images.ready
      const source = publicArticles.find((a) => a.image)!.image!.src
      const { result } = await images.invoke(
        apiGatewayEvent({
          path: '/_next/image',
          query: `url=${encodeURIComponent(source)}&w=640&q=75`,
          headers: { accept: 'image/webp,*/*' },
        }),
      )
      assert.equal(result.statusCode, 200, bodyText(result).slice(0, 500) + images.log().slice(-2000))
      assert.equal(header(result, 'content-type'), 'image/webp')
      const { width, format } = await sharp(bodyBytes(result)).metadata()
      assert.deepEqual({ width, format }, { width: 640, format: 'webp' })
      // Sources outside public/images are refused before anything is read (next.config.js).
      for (const url of ['/../../etc/passwd', '/api/views', '/images/../../code/server-functions/default/index.mjs']) {
        const { result: refused } = await images.invoke(
          apiGatewayEvent({ path: '/_next/image', query: `url=${encodeURIComponent(url)}&w=640&q=75` }),
        )
        assert.equal(refused.statusCode, 400, `${url}: ${bodyText(refused).slice(0, 200)}`)
      }
    } finally {
      await images.stop()
    }
  })
})
