import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { expect, test } from '@playwright/test'
import { startIsolatedServer } from './lib/isolated-server'

// The write path under faults: a crash in the middle of a burst of sign-ups, a full disk, a data
// folder that cannot be written. What must hold: an accepted sign-up (202) is stored and has
// exactly one mail, nothing is stored twice, and a fault answers a clear 503, never a blank 500.
test.describe.configure({ timeout: 180_000 })

type OutboxMail = { to: string; subject: string }
const readOutbox = (dir: string): OutboxMail[] =>
  readFileSync(join(dir, 'outbox.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxMail)

function signUp(baseURL: string, email: string): Promise<Response> {
  return fetch(`${baseURL}/api/newsletter`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  })
}

test('kill -9 in the middle of a sign-up burst: every accepted sign-up is stored once with one mail', async () => {
  const first = await startIsolatedServer(3170, { NEWSLETTER_RATE_LIMIT: '10000/600' })
  const emails = Array.from({ length: 400 }, (_, i) => `burst-${i}@example.com`)
  const accepted: string[] = []
  let sent = 0
  // 16 at a time until the server dies; the kill lands when about 80 have been accepted.
  const workers = Array.from({ length: 16 }, async () => {
    for (;;) {
      const email = emails[sent++]
      if (!email) return
      const res = await signUp(first.baseURL, email).catch(() => null)
      if (!res) return // the server is gone
      if (res.status === 202) accepted.push(email)
      else expect(res.status, `${email}: ${await res.text()}`).toBe(503)
    }
  })
  const killer = (async () => {
    while (accepted.length < 80) await new Promise((r) => setTimeout(r, 10))
    await first.kill()
  })()
  await Promise.all([...workers, killer])
  expect(accepted.length).toBeGreaterThanOrEqual(80)
  expect(accepted.length, 'the kill landed before the burst was over').toBeLessThan(emails.length)

  // A new server on what the crash left: it takes over the dead process's lock and serves.
  const second = await startIsolatedServer(3170, { NEWSLETTER_RATE_LIMIT: '10000/600' }, { dir: first.dir })
  try {
    expect((await signUp(second.baseURL, 'after-crash@example.com')).status).toBe(202)
  } finally {
    await second.stop({ keep: true })
  }

  const db = await PGlite.create(join(first.dir, 'db'))
  try {
    const { rows } = await db.query<{ email: string }>('SELECT email FROM subscribers')
    const stored = rows.map((r) => r.email)
    expect(new Set(stored).size, 'a subscriber stored twice').toBe(stored.length)
    const missing = accepted.filter((e) => !stored.includes(e))
    expect(missing, 'accepted (202) but not stored').toEqual([])

    const mails = readOutbox(first.dir)
    const mailsTo = (email: string) => mails.filter((m) => m.to === email).length
    for (const email of accepted) expect(mailsTo(email), `${email}: confirmation mails`).toBe(1)
    for (const email of emails) expect(mailsTo(email), email).toBeLessThanOrEqual(1)
  } finally {
    await db.close()
    await first.stop()
  }
})

test('a full disk under the mail outbox: a clear 503, nothing stored, and the same address works once there is room', async () => {
  // Every write to /dev/full fails with ENOSPC, as on a full disk.
  const full = await startIsolatedServer(3172, { MAIL_OUTBOX: '/dev/full' })
  let dir = full.dir
  try {
    const res = await signUp(full.baseURL, 'disk-full@example.com')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('60')
    expect((await res.json()).error).toContain('Nothing was saved')
    // The server goes on serving readers.
    expect((await fetch(`${full.baseURL}/mexico`)).status).toBe(200)
  } finally {
    await full.stop({ keep: true })
  }
  const roomy = await startIsolatedServer(3172, {}, { dir })
  dir = roomy.dir
  try {
    expect((await signUp(roomy.baseURL, 'disk-full@example.com')).status).toBe(202)
    // A first confirmation, not "already subscribed": the failed attempt left nothing behind.
    expect(readOutbox(dir)).toEqual([
      expect.objectContaining({ to: 'disk-full@example.com', subject: expect.stringMatching(/^Confirm your/) }),
    ])
  } finally {
    await roomy.stop()
  }
})

test('a data folder that cannot be written: pages serve, the newsletter answers a clear 503', async () => {
  // Not even root may create a folder in /sys (EPERM, or EROFS where it is mounted read-only).
  const server = await startIsolatedServer(3174, { PGLITE_DATA_DIR: '/sys/thenews-db' })
  try {
    for (const path of ['/', '/mexico', '/search?q=water'])
      expect((await fetch(server.baseURL + path)).status).toBe(200)
    const res = await signUp(server.baseURL, 'reader@example.com')
    expect(res.status).toBe(503)
    expect((await res.json()).error).toContain('Nothing was saved')
    const page = await fetch(`${server.baseURL}/newsletter/confirm?token=x`)
    expect(page.status).toBe(503)
    expect(await page.text()).toContain('The newsletter is unavailable right now')
  } finally {
    await server.stop()
  }
})
