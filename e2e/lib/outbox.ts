import { existsSync, readFileSync } from 'node:fs'
import { expect } from '@playwright/test'
import { E2E_OUTBOX } from './server-env'

type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> }

/** The mails the server "sent" (logged to its outbox file) to one address. */
export function mailsTo(address: string, outbox = E2E_OUTBOX): Mail[] {
  if (!existsSync(outbox)) return []
  return readFileSync(outbox, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Mail)
    .filter((m) => m.to === address)
}

/** Waits for a mail to `address` whose subject matches, and returns its first link as a site path. */
export async function linkFromMail(address: string, subject: RegExp, outbox = E2E_OUTBOX): Promise<string> {
  let mail: Mail | undefined
  await expect
    .poll(() => (mail = mailsTo(address, outbox).findLast((m) => subject.test(m.subject))), { timeout: 10_000 })
    .toBeTruthy()
  const url = new URL(mail!.text.match(/https?:\/\/\S+/)![0])
  // The mail links to the canonical origin; the test server is local.
  return url.pathname + url.search
}

/** A unique address per test run, so reruns against a kept server never collide. */
export const uniqueEmail = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`
