import { appendFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { defaultOutboxPath } from '../writable-paths'

export type MailMessage = {
  to: string
  subject: string
  text: string
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>
}

/** What a real provider (SES, Postmark, SMTP…) implements to send the newsletter's mail. */
export interface Mailer {
  send(message: MailMessage): Promise<void>
}

/**
 * The default: writes each message to the server log and appends it as one JSON line to an
 * outbox file (MAIL_OUTBOX, default .data/outbox.jsonl, or the temporary folder where the app's
 * folder is read-only), where a developer or a test reads it.
 */
export function outboxMailer(path: string, log: (line: string) => void = console.log): Mailer {
  return {
    async send(message) {
      log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`)
      await mkdir(dirname(path), { recursive: true })
      await appendFile(path, JSON.stringify({ ...message, sentAt: new Date().toISOString() }) + '\n')
    },
  }
}

/**
 * Sends each message as JSON to MAIL_WEBHOOK_URL (with MAIL_WEBHOOK_TOKEN as a bearer token): the
 * smallest bridge to a provider's HTTP API or a queue, with no SDK in the bundle.
 */
export function webhookMailer(url: string, token?: string): Mailer {
  return {
    async send(message) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(10_000),
      })
      if (!res.ok) throw new Error(`mail webhook answered ${res.status}`)
    },
  }
}

export function mailerFromEnv(env = process.env): Mailer {
  return env.MAIL_WEBHOOK_URL
    ? webhookMailer(env.MAIL_WEBHOOK_URL, env.MAIL_WEBHOOK_TOKEN)
    : outboxMailer(env.MAIL_OUTBOX || defaultOutboxPath())
}
