import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import type { Database } from '../db/types'
import { createNewsletterHandlers } from './handlers'
import type { MailMessage } from './mailer'
import { NEWSLETTER_ERRORS, NEWSLETTER_STATUS } from './messages'

// The route handlers as the routes export them, on a real database; only the mail provider is
// replaced, by one that keeps what it was asked to send.

const SITE = 'https://www.thenews.mx'
let ip = 0
const nextIp = () => `203.0.113.${++ip}`

function post(
  path: string,
  body: unknown,
  opts: { type?: string; ip?: string; raw?: string; headers?: Record<string, string> } = {},
) {
  const type = opts.type ?? 'application/json'
  const payload =
    opts.raw ??
    (type === 'application/json'
      ? JSON.stringify(body)
      : new URLSearchParams(body as Record<string, string>).toString())
  return new Request(`${SITE}${path}`, {
    method: 'POST',
    headers: { 'content-type': type, 'x-forwarded-for': opts.ip ?? nextIp(), ...opts.headers },
    body: payload,
  })
}

const linkIn = (mail: MailMessage) => new URL(mail.text.match(/https:\/\/\S+/)![0])

for (const { kind, open } of testDatabases()) {
  describe(`newsletter route handlers on ${kind}`, () => {
    let db: Database & { dispose(): Promise<void> }
    const outbox: MailMessage[] = []
    let failMail = false
    let handlers: ReturnType<typeof createNewsletterHandlers>
    const count = async () =>
      Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM subscribers')).rows[0]!.n)
    const status = async (email: string) =>
      (await db.query<{ status: string }>('SELECT status FROM subscribers WHERE email = $1', [email])).rows[0]?.status

    before(async () => {
      db = await open()
      handlers = createNewsletterHandlers({
        db: async () => db,
        mailer: {
          async send(m) {
            if (failMail) throw new Error('provider down')
            outbox.push(m)
          },
        },
        siteUrl: SITE,
        siteName: 'The News',
        rateLimit: { limit: 3, windowSeconds: 600 },
      })
    })
    after(() => db.dispose())

    test('sign-up → confirmation mail → confirm → welcome mail → unsubscribe', async () => {
      const res = await handlers.subscribe(
        post('/api/newsletter', { email: ' Lectora@Example.com ', source: 'footer' }),
      )
      assert.equal(res.status, 202)
      assert.deepEqual(await res.json(), { status: 'pending', message: NEWSLETTER_STATUS.pending })
      assert.equal(await status('lectora@example.com'), 'pending')
      const mail = outbox.at(-1)!
      assert.equal(mail.to, 'lectora@example.com')
      const confirmLink = linkIn(mail)
      assert.equal(confirmLink.pathname, '/newsletter/confirm')

      const token = confirmLink.searchParams.get('token')!
      assert.equal((await handlers.checkToken(token, 'confirm'))?.email, 'lectora@example.com')
      const confirmed = await handlers.confirm(
        post('/api/newsletter/confirm', { token }, { type: 'application/x-www-form-urlencoded' }),
      )
      assert.equal(confirmed.status, 303)
      assert.equal(confirmed.headers.get('location'), '/newsletter?status=confirmed')
      assert.equal(await status('lectora@example.com'), 'confirmed')

      const welcome = outbox.at(-1)!
      assert.match(welcome.subject, /Welcome/)
      assert.match(
        welcome.headers!['List-Unsubscribe']!,
        /^<https:\/\/www\.thenews\.mx\/api\/newsletter\/unsubscribe\?token=/,
      )
      const unsubToken = linkIn(welcome).searchParams.get('token')!
      // RFC 8058 one-click: the token in the query, a form body saying so.
      const oneClick = new Request(`${SITE}/api/newsletter/unsubscribe?token=${unsubToken}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      })
      assert.equal((await handlers.unsubscribe(oneClick)).status, 303)
      assert.equal(await status('lectora@example.com'), 'unsubscribed')
      const again = await handlers.unsubscribe(post('/api/newsletter/unsubscribe', { token: unsubToken }))
      assert.equal((await again.json()).status, 'was-unsubscribed')
    })

    test('new, pending and confirmed addresses get the same answer; the mail says which', async () => {
      const email = 'repeat@example.com'
      const answers: unknown[] = []
      const answer = async (address: string) => {
        const res = await handlers.subscribe(post('/api/newsletter', { email: address }))
        answers.push({ http: res.status, body: await res.json() })
      }
      await answer(email) // new
      await answer('REPEAT@example.com') // pending
      assert.match(outbox.at(-1)!.subject, /Confirm your subscription/)
      const token = linkIn(outbox.at(-1)!).searchParams.get('token')!
      const wrongUse = await handlers.unsubscribe(post('/api/newsletter/unsubscribe', { token }))
      assert.equal(wrongUse.status, 400)
      assert.equal((await wrongUse.json()).error, NEWSLETTER_ERRORS['bad-link'])
      await handlers.confirm(post('/api/newsletter/confirm', { token }))
      await answer(email) // confirmed
      assert.deepEqual(
        answers,
        Array(3).fill({ http: 202, body: { status: 'pending', message: NEWSLETTER_STATUS.pending } }),
      )
      // The mail tells the confirmed reader, not the page: and offers the way out.
      const last = outbox.at(-1)!
      assert.equal(last.to, email)
      assert.match(last.subject, /already subscribed/)
      assert.match(linkIn(last).pathname, /\/newsletter\/unsubscribe$/)
      assert.equal((await db.query('SELECT 1 FROM subscribers WHERE email = $1', [email])).rows.length, 1)
    })

    test('one address gets at most three mails a day, however often it is signed up', async () => {
      const email = 'flooded@example.com'
      const sent = () => outbox.filter((m) => m.to === email).length
      for (let i = 0; i < 6; i++) {
        const res = await handlers.subscribe(post('/api/newsletter', { email })) // a new client each time
        assert.equal(res.status, 202)
      }
      assert.equal(sent(), 3)
    })

    test('a form post without JavaScript gets a redirect to the outcome page', async () => {
      const res = await handlers.subscribe(
        post('/api/newsletter', { email: 'form@example.com' }, { type: 'application/x-www-form-urlencoded' }),
      )
      assert.equal(res.status, 303)
      assert.equal(res.headers.get('location'), '/newsletter?status=pending')
      const bad = await handlers.subscribe(
        post('/api/newsletter', { email: 'nope' }, { type: 'application/x-www-form-urlencoded' }),
      )
      assert.equal(bad.headers.get('location'), '/newsletter?error=email-format')
    })

    test('bad input gets a clear 4xx and stores nothing', async () => {
      const before = await count()
      const cases: [Request, number, RegExp][] = [
        [post('/api/newsletter', null, { raw: '{"email": "a@example.com"' }), 400, /Malformed JSON/],
        [post('/api/newsletter', null, { raw: '[1,2]' }), 400, /JSON object/],
        [post('/api/newsletter', null, { raw: `{"email":"${'a'.repeat(5000)}@example.com"}` }), 413, /too large/],
        [post('/api/newsletter', { email: 'x' }, { type: 'text/plain' }), 415, /form/],
        [post('/api/newsletter', { email: "x@example.com'; DROP TABLE subscribers; --" }), 400, /domain/],
        [post('/api/newsletter', { email: 'josé@example.com' }), 400, /unaccented/],
        [post('/api/newsletter', { email: '' }), 400, /enter your email/],
        [post('/api/newsletter', { email: ['a@example.com'] }), 400, /enter your email/],
        [post('/api/newsletter/confirm', { token: 'forged.token' }), 400, /not valid or has expired/],
      ]
      for (const [req, code, message] of cases) {
        const handler = new URL(req.url).pathname.endsWith('confirm') ? handlers.confirm : handlers.subscribe
        const res = await handler(req)
        assert.equal(res.status, code, req.url)
        assert.match((await res.json()).error, message)
      }
      assert.equal(await count(), before)
      // The table the SQL-ish address named is still there, and the address was never stored.
      assert.equal((await db.query("SELECT 1 FROM subscribers WHERE email LIKE '%drop table%'")).rows.length, 0)
    })

    test('a cross-site form post is refused and stores nothing; same-site and header-less posts work', async () => {
      const form = { type: 'application/x-www-form-urlencoded' }
      for (const headers of <Record<string, string>[]>[
        { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
        { origin: 'https://evil.example' }, // an older browser: no Sec-Fetch-Site
        { 'sec-fetch-site': 'cross-site' },
        { origin: 'null' }, // a sandboxed frame or data: page
      ]) {
        const before = await count()
        const res = await handlers.subscribe(
          post('/api/newsletter', { email: 'victim@example.com' }, { ...form, headers }),
        )
        assert.equal(res.status, 403, JSON.stringify(headers))
        assert.match((await res.json()).error, /another site/)
        assert.equal(await count(), before)
        const confirm = await handlers.confirm(post('/api/newsletter/confirm', { token: 'x' }, { ...form, headers }))
        assert.equal(confirm.status, 403)
      }
      for (const headers of <Record<string, string>[]>[
        { 'sec-fetch-site': 'same-origin', origin: SITE },
        { origin: SITE },
        {}, // curl, mail clients' one-click unsubscribe, old browsers without Origin on forms
      ]) {
        const email = `ok${Math.random().toString(36).slice(2, 8)}@example.com`
        const res = await handlers.subscribe(post('/api/newsletter', { email }, { ...form, headers }))
        assert.equal(res.status, 303, JSON.stringify(headers))
        assert.equal(await status(email), 'pending')
      }
    })

    test('the honeypot quietly stores nothing', async () => {
      const before = await count()
      const res = await handlers.subscribe(
        post('/api/newsletter', { email: 'bot@example.com', website: 'http://spam.example' }),
      )
      assert.equal(res.status, 202)
      assert.equal(await count(), before)
    })

    test('sign-ups are rate-limited per client, with Retry-After', async () => {
      const client = '198.51.100.7'
      for (let i = 0; i < 3; i++) {
        assert.equal(
          (await handlers.subscribe(post('/api/newsletter', { email: `rl${i}@example.com` }, { ip: client }))).status,
          202,
        )
      }
      const limited = await handlers.subscribe(post('/api/newsletter', { email: 'rl9@example.com' }, { ip: client }))
      assert.equal(limited.status, 429)
      assert.ok(Number(limited.headers.get('retry-after')) > 0)
      assert.equal(await status('rl9@example.com'), undefined)
      // Another client is not affected.
      assert.equal((await handlers.subscribe(post('/api/newsletter', { email: 'rl9@example.com' }))).status, 202)
    })

    test('when the mail cannot be sent, the sign-up is rolled back and the reader told to retry', async () => {
      failMail = true
      try {
        const res = await handlers.subscribe(post('/api/newsletter', { email: 'lost@example.com' }))
        assert.equal(res.status, 503)
        assert.match((await res.json()).error, /Nothing was saved/)
        assert.equal(await status('lost@example.com'), undefined)
      } finally {
        failMail = false
      }
      assert.equal((await handlers.subscribe(post('/api/newsletter', { email: 'lost@example.com' }))).status, 202)
    })

    test('concurrent sign-ups of one address make one subscriber', async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => handlers.subscribe(post('/api/newsletter', { email: 'race@example.com' }))),
      )
      assert.ok(results.every((r) => r.status === 202))
      assert.equal((await db.query('SELECT 1 FROM subscribers WHERE email = $1', ['race@example.com'])).rows.length, 1)
    })
  })
}
