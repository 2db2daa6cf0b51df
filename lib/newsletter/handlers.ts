import { appSecret } from '../db/app-secret'
import type { Database } from '../db/types'
import { isCrossSite } from '../http/cross-site'
import { HttpError, mediaType, readBodyText } from '../http/body'
import { clientAddress, hitRateLimit, keyedHash, type RateLimit } from '../http/rate-limit'
import { jsonError } from '../http/responses'
import { normaliseEmail } from './email'
import { alreadySubscribedMail, confirmationMail, welcomeMail } from './mail-templates'
import type { Mailer } from './mailer'
import { NEWSLETTER_ERRORS, NEWSLETTER_STATUS, type NewsletterError, type NewsletterStatus } from './messages'
import { confirmSubscriber, recordSignup, unsubscribeSubscriber } from './subscriptions'
import { signToken, verifyToken } from './token'

type NewsletterDeps = {
  db: () => Promise<Database>
  mailer: Mailer
  /** Absolute origin for links in mail: the site's canonical URL (config/site.ts). */
  siteUrl: string
  siteName: string
  /** NEWSLETTER_SECRET; generated and kept in the database when unset. */
  secret?: string
  rateLimit: RateLimit
  now?: () => number
}

const MAX_BODY = 4096
const CONFIRM_TTL_MS = 7 * 24 * 3600 * 1000
const SOURCES = new Set(['footer', 'article', 'page'])
/** Mails one address may be sent by sign-ups, whoever asks (a form can be filled with anyone's). */
const MAILS_PER_ADDRESS: RateLimit = { limit: 3, windowSeconds: 24 * 3600 }

type Mode = 'json' | 'form'
type Outcome = { http: number; status?: NewsletterStatus; error?: NewsletterError; headers?: Record<string, string> }

/** JSON for scripts and the enhanced form; a 303 to /newsletter for a form posted without JavaScript. */
function respond(mode: Mode, o: Outcome): Response {
  if (mode === 'form') {
    const query = o.status ? `status=${o.status}` : `error=${o.error}`
    return new Response(null, {
      status: 303,
      headers: { location: `/newsletter?${query}`, 'cache-control': 'no-store' },
    })
  }
  if (o.error) return jsonError(o.http, NEWSLETTER_ERRORS[o.error], { ...o.headers })
  return Response.json(
    { status: o.status, message: NEWSLETTER_STATUS[o.status!] },
    { status: o.http, headers: { 'cache-control': 'no-store', ...o.headers } },
  )
}

/** Reads a small form or JSON body into string fields; anything else is a 415. */
async function readFields(request: Request): Promise<{ mode: Mode; fields: Record<string, unknown> }> {
  const type = mediaType(request)
  if (type === 'application/json') {
    const text = await readBodyText(request, MAX_BODY)
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (e) {
      throw new HttpError(400, `Malformed JSON: ${(e as Error).message}`)
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new HttpError(400, 'Expected a JSON object like {"email": "name@example.com"}.')
    }
    return { mode: 'json', fields: data as Record<string, unknown> }
  }
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') {
    const text = await readBodyText(request, MAX_BODY)
    const form = await new Response(text, { headers: { 'content-type': request.headers.get('content-type')! } })
      .formData()
      .catch(() => {
        throw new HttpError(400, 'Malformed form body.')
      })
    const fields: Record<string, unknown> = {}
    for (const [k, v] of form.entries()) if (typeof v === 'string') fields[k] = v
    return { mode: 'form', fields }
  }
  throw new HttpError(415, 'Send the form as application/x-www-form-urlencoded, multipart/form-data or JSON.')
}

/** Where a token may come from: the query string (mail client one-click) or the posted form/JSON. */
async function readToken(request: Request): Promise<{ mode: Mode; token: unknown }> {
  const fromQuery = new URL(request.url).searchParams.get('token')
  const hasBody = request.headers.get('content-length') !== '0' && request.body !== null && mediaType(request) !== ''
  if (!hasBody) return { mode: 'json', token: fromQuery }
  const { mode, fields } = await readFields(request)
  return { mode, token: fields.token ?? fromQuery }
}

export function createNewsletterHandlers(deps: NewsletterDeps) {
  const now = deps.now ?? Date.now
  const secretOf = async (db: Database) => appSecret(db, 'newsletter', deps.secret)

  const guard = (work: (request: Request) => Promise<Response>) => async (request: Request) => {
    // Refused before anything is read or stored (lib/http/cross-site.ts).
    if (isCrossSite(request, deps.siteUrl)) return jsonError(403, NEWSLETTER_ERRORS['cross-site'])
    try {
      return await work(request)
    } catch (e) {
      if (e instanceof HttpError) return e.toResponse()
      console.error('[newsletter]', e)
      const mode: Mode = mediaType(request) === 'application/json' ? 'json' : 'form'
      return respond(mode, { http: 503, error: 'unavailable', headers: { 'retry-after': '60' } })
    }
  }

  const subscribe = guard(async (request) => {
    const { mode, fields } = await readFields(request)
    // The honeypot: a field people never see. Bots that fill it are told "thanks" and nothing is
    // stored, so they learn nothing to adapt to.
    if (typeof fields.website === 'string' && fields.website.trim() !== '')
      return respond(mode, { http: 202, status: 'pending' })

    const db = await deps.db()
    const secret = await secretOf(db)
    const limited = await hitRateLimit(
      db,
      `newsletter:${keyedHash(secret, clientAddress(request))}`,
      deps.rateLimit,
      now(),
    )
    if (!limited.allowed) {
      return respond(mode, {
        http: 429,
        error: 'rate-limited',
        headers: { 'retry-after': String(limited.retryAfterSeconds) },
      })
    }
    const checked = normaliseEmail(fields.email)
    if (!checked.ok) return respond(mode, { http: 400, error: checked.code })
    const source = typeof fields.source === 'string' && SOURCES.has(fields.source) ? fields.source : null

    // The mail is sent inside the transaction: if sending fails the sign-up is rolled back and the
    // reader is told to try again; if the commit fails after sending, the signed link still
    // confirms (confirmSubscriber upserts). Either way nothing is half done.
    await db.transaction(async (tx) => {
      const result = await recordSignup(tx, checked.email, source)
      // Past a few mails a day the address gets no more, and the answer does not change.
      const mailBucket = `newsletter-mail:${keyedHash(secret, checked.email)}`
      if (!(await hitRateLimit(tx, mailBucket, MAILS_PER_ADDRESS, now())).allowed) return
      if (result === 'already-confirmed') {
        const unsubscribe = signToken(secret, { email: checked.email, purpose: 'unsubscribe' })
        const url = `${deps.siteUrl}/newsletter/unsubscribe?token=${unsubscribe}`
        await deps.mailer.send(alreadySubscribedMail(checked.email, url, deps.siteName))
      } else {
        const token = signToken(secret, { email: checked.email, purpose: 'confirm', expires: now() + CONFIRM_TTL_MS })
        const url = `${deps.siteUrl}/newsletter/confirm?token=${token}`
        await deps.mailer.send(confirmationMail(checked.email, url, deps.siteName))
      }
    })
    // The same answer for a new, a pending and a confirmed address: the page must not tell a
    // stranger who subscribes. The mail says which.
    return respond(mode, { http: 202, status: 'pending' })
  })

  const confirm = guard(async (request) => {
    const { mode, token } = await readToken(request)
    const db = await deps.db()
    const secret = await secretOf(db)
    const payload = verifyToken(secret, token, 'confirm', now())
    if (!payload) return respond(mode, { http: 400, error: 'bad-link' })
    const changed = await confirmSubscriber(db, payload.email)
    if (changed) {
      const unsubscribe = signToken(secret, { email: payload.email, purpose: 'unsubscribe' })
      await deps.mailer
        .send(
          welcomeMail(
            payload.email,
            `${deps.siteUrl}/newsletter/unsubscribe?token=${unsubscribe}`,
            `${deps.siteUrl}/api/newsletter/unsubscribe?token=${unsubscribe}`,
            deps.siteName,
          ),
        )
        // The subscription stands even if the welcome mail fails; every issue carries the link too.
        .catch((e) => console.error('[newsletter] welcome mail failed:', e))
    }
    return respond(mode, { http: 200, status: changed ? 'confirmed' : 'was-confirmed' })
  })

  const unsubscribe = guard(async (request) => {
    const { mode, token } = await readToken(request)
    const db = await deps.db()
    const payload = verifyToken(await secretOf(db), token, 'unsubscribe', now())
    if (!payload) return respond(mode, { http: 400, error: 'bad-link' })
    const changed = await unsubscribeSubscriber(db, payload.email)
    return respond(mode, { http: 200, status: changed ? 'unsubscribed' : 'was-unsubscribed' })
  })

  /** For the confirm/unsubscribe pages: whether a link's token is good, without changing anything. */
  const checkToken = async (token: unknown, purpose: 'confirm' | 'unsubscribe') => {
    const db = await deps.db()
    return verifyToken(await secretOf(db), token, purpose, now())
  }

  return { subscribe, confirm, unsubscribe, checkToken }
}
