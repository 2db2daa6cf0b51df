import type { MailMessage } from './mailer'

export function confirmationMail(to: string, confirmUrl: string, siteName: string): MailMessage {
  return {
    to,
    subject: `Confirm your subscription to ${siteName}`,
    text: [
      `Someone (we hope you) asked for the newsletter of ${siteName} at ${to}.`,
      '',
      'To confirm, open this link:',
      confirmUrl,
      '',
      'If it was not you, ignore this email: you will not be subscribed. The link expires in 7 days.',
    ].join('\n'),
  }
}

export function welcomeMail(to: string, unsubscribeUrl: string, oneClickUrl: string, siteName: string): MailMessage {
  return {
    to,
    subject: `Welcome to the newsletter of ${siteName}`,
    text: [
      `You are subscribed to the newsletter of ${siteName} at ${to}.`,
      '',
      'To stop getting it at any time, open this link:',
      unsubscribeUrl,
    ].join('\n'),
    // RFC 8058 one-click unsubscribe for mail clients that offer it.
    headers: { 'List-Unsubscribe': `<${oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

/** To an address that signs up again while subscribed: the page said the same as to anyone else. */
export function alreadySubscribedMail(to: string, unsubscribeUrl: string, siteName: string): MailMessage {
  return {
    to,
    subject: `You're already subscribed to ${siteName}`,
    text: [
      `Someone (we hope you) asked for the newsletter of ${siteName} at ${to}, which is already subscribed.`,
      'There is nothing more to do.',
      '',
      'If you want to stop getting it, open this link:',
      unsubscribeUrl,
    ].join('\n'),
  }
}
