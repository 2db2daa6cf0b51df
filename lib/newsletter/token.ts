import { createHmac, timingSafeEqual } from 'node:crypto'

type TokenPurpose = 'confirm' | 'unsubscribe'
type TokenPayload = { email: string; purpose: TokenPurpose; expires?: number }

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url')
const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest()

/**
 * A signed link token: base64url(JSON payload) + "." + base64url(HMAC-SHA256). Nothing is stored
 * for it; the signature proves we issued it, the purpose stops a confirmation link from
 * unsubscribing, and confirmation tokens expire.
 */
export function signToken(secret: string, payload: TokenPayload): string {
  const body = b64(JSON.stringify({ e: payload.email, p: payload.purpose, x: payload.expires }))
  return `${body}.${b64(sign(secret, body))}`
}

export function verifyToken(
  secret: string,
  token: unknown,
  purpose: TokenPurpose,
  now = Date.now(),
): TokenPayload | null {
  if (typeof token !== 'string' || token.length > 1024) return null
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined) return null
  const expected = sign(secret, body)
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const data = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      e?: unknown
      p?: unknown
      x?: unknown
    }
    if (typeof data.e !== 'string' || data.p !== purpose) return null
    if (data.x !== undefined && (typeof data.x !== 'number' || data.x < now)) return null
    return { email: data.e, purpose, ...(typeof data.x === 'number' ? { expires: data.x } : {}) }
  } catch {
    return null
  }
}
