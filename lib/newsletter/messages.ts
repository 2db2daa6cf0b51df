import { site, t } from '../../config/site'
import { fill } from '../brand/template'

// What readers are told, by outcome code: the JSON API and the /newsletter page (after a form post
// without JavaScript, which redirects there with ?status= or ?error=) say the same thing. The words
// are the brand's (config/brand-strings.ts, `newsletter.status` and `newsletter.errors`).

export const NEWSLETTER_STATUS = {
  ...t.newsletter.status,
  confirmed: fill(t.newsletter.status.confirmed, { site: site.name, cadence: site.newsletter.cadence }),
}

export const NEWSLETTER_ERRORS = t.newsletter.errors

export type NewsletterStatus = keyof typeof NEWSLETTER_STATUS
export type NewsletterError = keyof typeof NEWSLETTER_ERRORS

export const isNewsletterStatus = (s: unknown): s is NewsletterStatus =>
  typeof s === 'string' && Object.hasOwn(NEWSLETTER_STATUS, s)
export const isNewsletterError = (s: unknown): s is NewsletterError =>
  typeof s === 'string' && Object.hasOwn(NEWSLETTER_ERRORS, s)
