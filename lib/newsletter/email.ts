import { domainToASCII } from 'node:url'

type EmailProblem =
  'email-missing' | 'email-too-long' | 'email-format' | 'email-non-ascii' | 'email-local' | 'email-domain'
type EmailCheck = { ok: true; email: string } | { ok: false; code: EmailProblem }

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/**
 * Validates and normalises a sign-up address: trimmed, lower-cased (no mail provider we know of
 * treats case as meaningful, and it makes duplicates idempotent), and an international domain
 * turned into its ASCII (punycode) form so any mail server can deliver to it. The part before the
 * @ must be ASCII: addresses like "josé@…" need SMTPUTF8 end to end, which we cannot promise, so
 * they get a clear message instead of a confirmation that never arrives.
 */
export function normaliseEmail(input: unknown): EmailCheck {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, code: 'email-missing' }
  const raw = input.normalize('NFC').trim()
  if (raw.length > 254) return { ok: false, code: 'email-too-long' }
  const at = raw.lastIndexOf('@')
  if (at <= 0 || at === raw.length - 1 || raw.indexOf('@') !== at) {
    return { ok: false, code: 'email-format' }
  }
  const local = raw.slice(0, at).toLowerCase()
  const domainInput = raw.slice(at + 1).toLowerCase()
  if (/[^\x00-\x7f]/.test(local)) {
    return { ok: false, code: 'email-non-ascii' }
  }
  if (local.length > 64 || !LOCAL_PART.test(local)) {
    return { ok: false, code: 'email-local' }
  }
  const domain = domainToASCII(domainInput)
  const labels = domain.split('.')
  if (
    !domain ||
    labels.length < 2 ||
    !labels.every((l) => DOMAIN_LABEL.test(l)) ||
    !/^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels[labels.length - 1]!)
  ) {
    return { ok: false, code: 'email-domain' }
  }
  const email = `${local}@${domain}`
  if (email.length > 254) return { ok: false, code: 'email-too-long' }
  return { ok: true, email }
}
