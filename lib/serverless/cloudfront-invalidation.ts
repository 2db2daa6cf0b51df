import cloudfront from '@opennextjs/aws/overrides/cdnInvalidation/cloudfront.js'
import type { CDNInvalidationHandler } from '@opennextjs/aws/types/overrides'
import { cdnPaths } from './cdn-paths'

// Production's CDN invalidation (open-next.config.ts): OpenNext's `cloudfront` override (two paths a
// page, `/p` and `/p?_rsc=*`, in one CreateInvalidation on CLOUDFRONT_DISTRIBUTION_ID), given the
// paths as lib/serverless/cdn-paths.ts corrects them. ADR 0019, README "Deploying".
const invalidation: CDNInvalidationHandler = {
  name: 'thenews-cloudfront',
  invalidatePaths: (paths) => cloudfront.invalidatePaths(cdnPaths(paths)),
}

export default invalidation
