import type { OpenNextConfig } from '@opennextjs/aws/types/open-next.js'

// `npm run build:serverless`: the site packaged for AWS Lambda by OpenNext (Node runtime, so PGlite,
// pg, sharp, next/og and file reads behave as on `next start`). docs/decisions/0015-serverless-opennext.md.
//
// Production (the default): OpenNext's AWS backends — the incremental cache in S3, the tag cache in
// DynamoDB, revalidation through SQS, source images from the assets bucket (README "Deploying").
// OPEN_NEXT_LOCAL=1 (the serverless test, scripts/serverless-test.ts) swaps those four for
// local stand-ins so the real handler runs on this machine with no network: a cache seeded from the
// build plus /tmp, OpenNext's in-memory file tag cache, revalidation in the same process, and
// images read from the assets folder.
const local = process.env.OPEN_NEXT_LOCAL === '1'
// Lambda's CPU: sharp's native binary must match it. x64 by default (the test runs it here);
// LAMBDA_ARCH=arm64 for Graviton functions.
const arch = process.env.LAMBDA_ARCH === 'arm64' ? 'arm64' : 'x64'

const config = {
  default: {
    override: local
      ? {
          wrapper: 'aws-lambda',
          converter: 'aws-apigw-v2',
          incrementalCache: () => import('./lib/serverless/local-incremental-cache').then((m) => m.default),
          tagCache: 'fs-dev',
          queue: 'direct',
        }
      : { wrapper: 'aws-lambda', converter: 'aws-apigw-v2' },
  },
  imageOptimization: {
    ...(local ? { loader: () => import('./lib/serverless/local-image-loader').then((m) => m.default) } : {}),
    install: { packages: ['sharp@0.35.5'], arch, os: 'linux', libc: 'glibc' },
  },
  buildCommand: 'npm run build',
} satisfies OpenNextConfig

export default config
