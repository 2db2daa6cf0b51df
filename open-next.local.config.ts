import type { OpenNextConfig } from '@opennextjs/aws/types/open-next.js'
import { sharedConfig, sharpInstall } from './open-next.config'

// The serverless test's build (scripts/serverless/artefact.spec.ts): the production artefact of
// open-next.config.ts with OpenNext's AWS backends swapped for local stand-ins, so the real
// handler runs on one machine with no network: an incremental cache seeded from the build plus
// /tmp (for S3), a tag cache seeded from the build plus a file (for DynamoDB), revalidation handed to
// the same function's handler (for SQS and the revalidation function: lib/serverless/local-queue.ts), CDN invalidations recorded to a file (for CloudFront) and source images
// read from the assets folder (for the assets bucket). LOCAL_AWS_DIR: lib/serverless/local-aws-dir.ts.
const config = {
  ...sharedConfig,
  default: {
    install: sharpInstall,
    override: {
      wrapper: () => import('./lib/serverless/not-found-wrapper').then((m) => m.default),
      converter: 'aws-apigw-v2',
      incrementalCache: () =>
        Promise.all([
          import('./lib/serverless/local-incremental-cache'),
          import('./lib/serverless/without-not-found'),
        ]).then(([local, m]) => m.withoutNotFound(local.default)),
      tagCache: () => import('./lib/serverless/local-tag-cache').then((m) => m.default),
      queue: () => import('./lib/serverless/local-queue').then((m) => m.default),
      cdnInvalidation: () => import('./lib/serverless/local-cdn-invalidation').then((m) => m.default),
    },
  },
  imageOptimization: {
    ...sharedConfig.imageOptimization,
    loader: () => import('./lib/serverless/local-image-loader').then((m) => m.default),
  },
} satisfies OpenNextConfig

export default config
