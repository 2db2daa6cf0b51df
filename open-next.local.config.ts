import type { OpenNextConfig } from '@opennextjs/aws/types/open-next.js'
import { sharedConfig } from './open-next.config'

// The serverless test's build (scripts/serverless/artefact.spec.ts): the production artefact of
// open-next.config.ts with OpenNext's four AWS backends swapped for local stand-ins, so the real
// handler runs on one machine with no network: an incremental cache seeded from the build plus
// /tmp (for S3), OpenNext's in-memory file tag cache (for DynamoDB), revalidation in the same
// process (for SQS) and source images read from the assets folder (for the assets bucket).
const config = {
  ...sharedConfig,
  default: {
    override: {
      wrapper: () => import('./lib/serverless/not-found-wrapper').then((m) => m.default),
      converter: 'aws-apigw-v2',
      incrementalCache: () => import('./lib/serverless/local-incremental-cache').then((m) => m.default),
      tagCache: 'fs-dev',
      queue: 'direct',
    },
  },
  imageOptimization: {
    ...sharedConfig.imageOptimization,
    loader: () => import('./lib/serverless/local-image-loader').then((m) => m.default),
  },
} satisfies OpenNextConfig

export default config
