import { revalidatePath, revalidateTag } from 'next/cache'
import { getArticleCard } from '../catalogue/queries'
import { appSecret } from '../db/app-secret'
import { getDatabase } from '../db/database'
import type { Database } from '../db/types'
import { HttpError, readJsonBody } from '../http/body'
import { jsonError, secretRefusal } from '../http/responses'
import { clientAddress, keyedHash } from '../http/rate-limit'
import { checkSecret } from '../http/secret-guard'
import { bearerToken } from '../http/secrets'
import type { ArticleCard } from '../catalogue/view-models'
import { liveTag } from './posted'
import { parseUpdateInput, type ParsedUpdate } from './request'

// What the live API's routes share (app/api/live/…): the secret, the article, the body, and the
// revalidation that puts a change on the page within seconds.

/**
 * 401 unless the request carries LIVE_SECRET as a bearer token. Failed tries are throttled per
 * client (a keyed hash of its address, lib/http/rate-limit.ts), not for all clients together as
 * for preview: during breaking news, strangers sending wrong tokens must not lock the newsroom
 * out (found by an attacker's review). A request with no token guesses nothing and is not counted.
 */
export async function refuseWithoutSecret(
  request: Request,
  { db = getDatabase }: { db?: () => Promise<Database> } = {},
): Promise<Response | null> {
  const wrong = () =>
    jsonError(401, 'Missing or wrong bearer token (Authorization: Bearer $LIVE_SECRET).', {
      'www-authenticate': 'Bearer',
    })
  const token = bearerToken(request.headers.get('authorization'))
  const configured = process.env.LIVE_SECRET
  if (!token || !configured) return wrong()
  // Keyed like every stored client detail: a plain hash of an address is undone by hashing all
  // 2^32 IPv4 addresses. The key is generated once and kept in the database (lib/db/app-secret.ts).
  let client: string
  try {
    client = keyedHash(await appSecret(await db(), 'live-clients'), clientAddress(request))
  } catch (e) {
    // Without the count, guessing would be unthrottled: refuse rather than check (as checkSecret).
    console.error('[live] wrong tokens cannot be counted:', (e as Error).message)
    return secretRefusal({ outcome: 'unavailable' }, wrong)
  }
  return secretRefusal(await checkSecret(`live:${client}`, token, configured, { db }), wrong)
}

/**
 * The live article at this address (its card: no body is read, for the polling readers' sake), or
 * the response that says why there is none to post to.
 */
export async function findLiveArticle(
  section: string,
  slug: string,
  { forWriting }: { forWriting: boolean },
): Promise<ArticleCard | Response> {
  const article = await getArticleCard(section, slug)
  if (!article || article.type.id !== 'live')
    return jsonError(404, `There is no live article at /${section}/${slug} (type: live in its file).`)
  if (forWriting && !article.live)
    return jsonError(409, `The live coverage at ${article.url} has ended; set live: true in its file to reopen it.`)
  return article
}

/** The request's update, checked whole; a response naming the field when it is wrong. */
export async function readUpdate(request: Request, partial: boolean): Promise<ParsedUpdate | Response> {
  let body: unknown
  try {
    body = await readJsonBody(request, 64_000)
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse()
    throw e
  }
  const parsed = parseUpdateInput(body, { partial })
  if ('error' in parsed) return Response.json(parsed, { status: 400, headers: { 'cache-control': 'no-store' } })
  return parsed.update
}

/** The page and the polling JSON show the change on their next request. */
export function publishChange(article: ArticleCard): void {
  // Expired now (not stale-while-revalidate): the next reader gets the update, not the old page.
  revalidateTag(liveTag(article.url), { expire: 0 })
  revalidatePath(article.url)
  // The lite page prebuilt at deploy has not read the tagged data yet (no database at build).
  revalidatePath(`/lite${article.url}`)
}
