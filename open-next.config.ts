import type { InstallOptions, OpenNextConfig } from '@opennextjs/aws/types/open-next.js'

// `npm run build:serverless`: the site packaged for AWS Lambda by OpenNext (Node runtime, so PGlite,
// pg, sharp, next/og and file reads behave as on `next start`), with OpenNext's AWS backends: the
// incremental cache in S3, the tag cache in DynamoDB, revalidation through SQS, source images
// from the assets bucket and CloudFront invalidations (README "Deploying";
// docs/decisions/0015-serverless-opennext.md). open-next.local.config.ts is the same build with
// local stand-ins for those five, for the test.

// Lambda's CPU: sharp's native binary must match it. x64 by default (the test runs it here);
// LAMBDA_ARCH=arm64 for Graviton functions.
const arch = process.env.LAMBDA_ARCH === 'arm64' ? 'arm64' : 'x64'

// sharp for the image function, and for the server function too: a publish decodes the images it
// receives and makes the lead photo's crops (lib/publish/images.ts), and OpenNext leaves sharp out
// of the server function's traced files (its copyTracedFiles excludes it), so without this a
// publish with an image answered 500 there.
export const sharpInstall: InstallOptions = { packages: ['sharp@0.35.5'], arch, os: 'linux', libc: 'glibc' }

export const sharedConfig = {
  imageOptimization: { install: sharpInstall },
  buildCommand: 'npm run build',
} satisfies Partial<OpenNextConfig>

const config = {
  ...sharedConfig,
  default: {
    install: sharpInstall,
    override: {
      // 'aws-lambda' with the 404 filter and the 405s around it (lib/serverless/not-found-wrapper.ts).
      wrapper: () => import('./lib/serverless/not-found-wrapper').then((m) => m.default),
      converter: 'aws-apigw-v2',
      // OpenNext's S3 cache, without the 404s (lib/serverless/without-not-found.ts).
      incrementalCache: () =>
        Promise.all([
          import('@opennextjs/aws/overrides/incrementalCache/s3.js'),
          import('./lib/serverless/without-not-found'),
        ]).then(([s3, m]) => m.withoutNotFound(s3.default)),
      // A publish's expired pages leave CloudFront at once, not at their s-maxage (ADR 0019); needs
      // CLOUDFRONT_DISTRIBUTION_ID and cloudfront:CreateInvalidation (README "Deploying").
      cdnInvalidation: () => import('./lib/serverless/cloudfront-invalidation').then((m) => m.default),
    },
  },
  imageOptimization: {
    ...sharedConfig.imageOptimization,
    // The assets bucket, then the images published since, from PostgreSQL (DATABASE_URL; ADR 0019).
    loader: () => import('./lib/serverless/s3-image-loader').then((m) => m.default),
  },
} satisfies OpenNextConfig

export default config
