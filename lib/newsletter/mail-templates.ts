import { t } from '../../config/site'
import type { NewsletterMailStrings } from '../../config/brand-strings-newsletter'
import { fill } from '../brand/template'
import type { MailMessage } from './mailer'

// The words are the brand's (config/brand-strings.ts, `newsletter.mail`); only the links and
// headers are made here.
function mail(words: NewsletterMailStrings, to: string, url: string, siteName: string): MailMessage {
  const values = { site: siteName, email: to, url }
  return { to, subject: fill(words.subject, values), text: fill(words.text, values) }
}

export function confirmationMail(to: string, confirmUrl: string, siteName: string): MailMessage {
  return mail(t.newsletter.mail.confirmation, to, confirmUrl, siteName)
}

export function welcomeMail(to: string, unsubscribeUrl: string, oneClickUrl: string, siteName: string): MailMessage {
  return {
    ...mail(t.newsletter.mail.welcome, to, unsubscribeUrl, siteName),
    // RFC 8058 one-click unsubscribe for mail clients that offer it.
    headers: { 'List-Unsubscribe': `<${oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

/** To an address that signs up again while subscribed: the page said the same as to anyone else. */
export function alreadySubscribedMail(to: string, unsubscribeUrl: string, siteName: string): MailMessage {
  return mail(t.newsletter.mail.alreadySubscribed, to, unsubscribeUrl, siteName)
}
