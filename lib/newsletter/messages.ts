import { site } from '../../config/site'

// What readers are told, by outcome code: the JSON API and the /newsletter page (after a form post
// without JavaScript, which redirects there with ?status= or ?error=) say the same thing.

export const NEWSLETTER_STATUS = {
  pending:
    "Almost done: we've sent an email to that address. If it is not subscribed yet, the email holds a confirmation link: click it to start getting the newsletter.",
  'pending-again':
    "You've already signed up, so we've sent the confirmation link again. Check your inbox (and spam folder).",
  'already-confirmed': "You're already subscribed with that address. Thank you! There's nothing more to do.",
  confirmed: `You're subscribed. ${site.name} will arrive in your inbox ${site.newsletter.cadence}.`,
  'was-confirmed': 'Your subscription was already confirmed. Nothing more to do.',
  unsubscribed: "You've been unsubscribed. You won't get the newsletter any more.",
  'was-unsubscribed': 'That address is not subscribed, so there was nothing to undo.',
} as const

export const NEWSLETTER_ERRORS = {
  'email-missing': 'Please enter your email address.',
  'email-too-long': 'That email address is too long.',
  'email-format': 'That does not look like an email address: it needs one @, like name@example.com.',
  'email-non-ascii':
    'We can only send to addresses whose part before the @ uses unaccented letters, digits and . _ + - (our mail cannot reach accented addresses yet).',
  'email-local': 'The part before the @ has characters an email address cannot have.',
  'email-domain': 'The part after the @ is not a valid domain, like example.com.',
  'rate-limited': "You've tried several times in a few minutes. Please wait a little and try again.",
  'bad-link': 'This link is not valid or has expired. Sign up again and we will send a new one.',
  'cross-site': 'This form was sent from another site. To sign up, use the form on a page of this site.',
  unavailable: 'The newsletter service is unavailable right now. Nothing was saved; please try again in a few minutes.',
} as const

export type NewsletterStatus = keyof typeof NEWSLETTER_STATUS
export type NewsletterError = keyof typeof NEWSLETTER_ERRORS

export const isNewsletterStatus = (s: unknown): s is NewsletterStatus =>
  typeof s === 'string' && Object.hasOwn(NEWSLETTER_STATUS, s)
export const isNewsletterError = (s: unknown): s is NewsletterError =>
  typeof s === 'string' && Object.hasOwn(NEWSLETTER_ERRORS, s)
