import type { SecretCheck } from './secret-guard'

/** A JSON error body every API route shares: `{ "error": "…" }` with the status. */
export function jsonError(status: number, message: string, headers: HeadersInit = {}): Response {
  return Response.json({ error: message }, { status, headers: { 'cache-control': 'no-store', ...headers } })
}

/** For methods a route does not take: 405 with the methods it does take. */
export function methodNotAllowed(allow: readonly string[]): Response {
  return jsonError(405, `Method not allowed. Use ${allow.join(' or ')}.`, { allow: allow.join(', ') })
}

/** A plain-text 401 that says nothing about what was wrong (missing, wrong or disabled). */
export function unauthorized(headers: HeadersInit = {}): Response {
  return new Response('Unauthorized\n', {
    status: 401,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  })
}

/** The answer to a secret check that did not pass (lib/http/secret-guard.ts); null when it passed. */
export function secretRefusal(check: SecretCheck, wrong: () => Response): Response | null {
  switch (check.outcome) {
    case 'ok':
      return null
    case 'throttled':
      return jsonError(429, 'Too many wrong secrets were tried: every attempt is refused for now. Try again later.', {
        'retry-after': String(check.retryAfterSeconds),
      })
    case 'unavailable':
      return jsonError(503, 'The secret cannot be checked right now. Try again in a minute.', { 'retry-after': '60' })
    default:
      return wrong()
  }
}
