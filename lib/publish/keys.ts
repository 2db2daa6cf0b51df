import { appSecret } from '../db/app-secret'
import type { Database } from '../db/types'
import { clientAddress, keyedHash } from '../http/rate-limit'
import { jsonError, secretRefusal } from '../http/responses'
import { checkSecret } from '../http/secret-guard'
import { bearerToken, secretMatches } from '../http/secrets'

// PUBLISH_SECRET holds one key or several, `name:secret` pairs separated by commas
// ("desk:s3cret,night:0ther"), so the audit trail names the key a publish came with and one key
// can be revoked alone. An entry without a name is a key with none (null in the audit).

export type PublishKey = { name: string | null; secret: string }

const NAMED = /^([A-Za-z0-9_.-]+):(.+)$/

export function parsePublishKeys(value: string | undefined): PublishKey[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const m = NAMED.exec(entry)
      return m ? { name: m[1]!, secret: m[2]! } : { name: null, secret: entry }
    })
}

/** The key a token is, comparing with every key in constant time (no early exit). */
export function matchKey(presented: string | null, keys: readonly PublishKey[]): PublishKey | undefined {
  let found: PublishKey | undefined
  for (const key of keys) if (secretMatches(presented, key.secret) && !found) found = key
  return found
}

/**
 * The key of the request's bearer token, or the response refusing it: 401 for a missing or wrong
 * token, 429 once a client has tried too many wrong ones (per client, as the live API: strangers
 * must not lock the newsroom out), 503 when the tries cannot be counted.
 */
export async function publishKeyOf(
  request: Request,
  configured: string | undefined,
  db: () => Promise<Database>,
): Promise<{ key: PublishKey } | { refused: Response }> {
  const wrong = () =>
    jsonError(401, 'Missing or wrong bearer token (Authorization: Bearer $PUBLISH_SECRET).', {
      'www-authenticate': 'Bearer',
    })
  const keys = parsePublishKeys(configured)
  const token = bearerToken(request.headers.get('authorization'))
  if (!token || keys.length === 0) return { refused: wrong() }
  let client: string
  try {
    client = keyedHash(await appSecret(await db(), 'publish-clients'), clientAddress(request))
  } catch (e) {
    console.error('[publish] wrong tokens cannot be counted:', (e as Error).message)
    return { refused: secretRefusal({ outcome: 'unavailable' }, wrong) ?? wrong() }
  }
  const key = matchKey(token, keys)
  // checkSecret counts and throttles; it is handed the matching key, or a key the token is not
  // (so a wrong token is counted as one).
  const check = await checkSecret(`publish:${client}`, token, (key ?? keys[0]!).secret, { db })
  const refused = secretRefusal(check, wrong)
  return refused || !key ? { refused: refused ?? wrong() } : { key }
}
