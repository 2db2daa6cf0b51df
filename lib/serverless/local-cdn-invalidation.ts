import { appendFile } from 'node:fs/promises'
import type { CDNInvalidationHandler } from '@opennextjs/aws/types/overrides'
import { cdnPaths } from './cdn-paths'
import { localAwsPath } from './local-aws-dir'

// The serverless test's stand-in for CloudFront invalidation (production: cloudfront-invalidation.ts):
// each call OpenNext makes, with the paths production would send (cdn-paths.ts), appended as one
// JSON line to cdn-invalidations.jsonl under LOCAL_AWS_DIR, so the test can assert that a publish
// reaches the CDN for every page that shows the story.

const log = localAwsPath('cdn-invalidations.jsonl')

const recorder: CDNInvalidationHandler = {
  name: 'thenews-recording-cdn',
  async invalidatePaths(paths) {
    const line = { at: Date.now(), paths: cdnPaths(paths).map((p) => p.initialPath) }
    await appendFile(log, JSON.stringify(line) + '\n')
  },
}

export default recorder
