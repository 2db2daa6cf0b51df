import { site } from '../../config/site'
import { getDatabase } from '../db/database'
import { parseRateLimit } from '../http/rate-limit'
import { createNewsletterHandlers } from './handlers'
import { mailerFromEnv } from './mailer'

/** The newsletter as the running site has it: the app's database, mailer and settings. */
export const newsletter = createNewsletterHandlers({
  db: getDatabase,
  mailer: mailerFromEnv(),
  siteUrl: site.url,
  siteName: site.name,
  secret: process.env.NEWSLETTER_SECRET,
  // 5 attempts per client per 10 minutes unless NEWSLETTER_RATE_LIMIT says otherwise ("5/600").
  rateLimit: parseRateLimit(process.env.NEWSLETTER_RATE_LIMIT, { limit: 5, windowSeconds: 600 }),
})
