import s3Loader from '@opennextjs/aws/overrides/imageLoader/s3.js'
import { withPublishedImages } from './published-image-loader'

// The production image function's loader (open-next.config.ts): OpenNext's S3 loader (the assets
// bucket: BUCKET_NAME, BUCKET_KEY_PREFIX), then the images published since (DATABASE_URL).
export default withPublishedImages(s3Loader)
