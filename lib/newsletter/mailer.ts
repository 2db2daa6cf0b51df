import { appendFileSync } from 'node:fs'
import { mkdir, open } from 'node:fs/promises'
import { dirname } from 'node:path'
import { site } from '../../config/site'
import { defaultOutboxPath } from '../db/writable-paths'

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
 * folder is read-only), where a developer or a test reads it. A line is written whole or not at
 * all: a write that failed part-way (a full disk) leaves a partial line, which the next send cuts
 * off before appending, so it never glues onto the next message. That failed send threw, and the
 * sign-up it belonged to was rolled back (lib/newsletter/handlers.ts).
 */
export function outboxMailer(path: string, log: (line: string) => void = console.log): Mailer {
  // One append at a time in this process, so the tail check and the append cannot interleave.
  let queue: Promise<unknown> = Promise.resolve()
  // The tail is checked on the first send (a previous process may have died mid-write) and after a
  // failed one; other sends only append (each file operation is a turn of a busy event loop).
  let tailUnknown = true
  return {
    send(message) {
      const line = JSON.stringify({ ...message, sentAt: new Date().toISOString() }) + '\n'
      const run = queue.then(async () => {
        log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`)
        if (tailUnknown) {
          await mkdir(dirname(path), { recursive: true })
          if (await cutPartialLine(path)) log(`[mail] ${path}: cut a partial line left by a failed write`)
          tailUnknown = false
        }
        await appendLine(path, line).catch((e: unknown) => {
          tailUnknown = true
          throw e
        })
      })
      queue = run.catch(() => {})
      return run
    },
  }
}

/** Truncates a file after its last newline if it does not end with one. True if it cut anything. */
async function cutPartialLine(path: string): Promise<boolean> {
  const file = await open(path, 'r+').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })
  if (!file) return false
  try {
    const { size } = await file.stat()
    let end = size
    const chunk = Buffer.alloc(4096)
    // Scan back from the end for the last newline.
    while (end > 0) {
      const start = Math.max(0, end - chunk.length)
      const { bytesRead } = await file.read(chunk, 0, end - start, start)
      const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a)
      if (at !== -1) {
        const keep = start + at + 1
        if (keep === size) return false
        await file.truncate(keep)
        return true
      }
      end = start
    }
    if (size === 0) return false
    await file.truncate(0) // one partial line and nothing else
    return true
  } finally {
    await file.close()
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

/**
 * Sends through an SMTP server with nodemailer: SMTP_URL such as
 * `smtps://user:password@smtp.example.com:465` (or `smtp://…:587`, upgraded with STARTTLS when
 * the server offers it), from MAIL_FROM. A server that does not answer within 10 s fails the send,
 * so a sign-up is rolled back and the reader told to retry instead of waiting.
 */
export function smtpMailer(url: string, from: string): Mailer {
  let transport: import('nodemailer').Transporter | undefined
  return {
    async send(message) {
      if (!transport) {
        const { createTransport } = await import('nodemailer')
        transport = createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 10_000 })
      }
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.headers ? { headers: message.headers } : {}),
      })
    },
  }
}

/** SMTP_URL, else MAIL_WEBHOOK_URL, else the outbox file. */
export function mailerFromEnv(env = process.env): Mailer {
  if (env.SMTP_URL) return smtpMailer(env.SMTP_URL, env.MAIL_FROM || site.newsletter.from)
  return env.MAIL_WEBHOOK_URL
    ? webhookMailer(env.MAIL_WEBHOOK_URL, env.MAIL_WEBHOOK_TOKEN)
    : outboxMailer(env.MAIL_OUTBOX || defaultOutboxPath())
}

/**
 * One synchronous append of one short line: it takes microseconds, while an asynchronous one waits
 * its turn in the thread pool behind every page read's file access, and the sign-up's transaction
 * (the embedded database has one at a time) is held all that while. Measured beside 50
 * connections of article reads: sign-ups completed 1 per ~400 ms with the async append, 1 per
 * ~250 ms with this.
 */
async function appendLine(path: string, line: string): Promise<void> {
  appendFileSync(path, line)
}
