import { revalidatePath, revalidateTag } from 'next/cache'
import { HttpError, readJsonBody } from '@/lib/http/body'
import { getDatabase } from '@/lib/db/database'
import { jsonError, methodNotAllowed, secretRefusal } from '@/lib/http/responses'
import { checkSecret } from '@/lib/http/secret-guard'
import { bearerToken } from '@/lib/http/secrets'
import { parseRevalidateRequest } from '@/lib/http/revalidate-request'

// The deploy pipeline calls this after content changes:
//   curl -X POST -H "Authorization: Bearer $REVALIDATE_SECRET" -H 'Content-Type: application/json' \
//        -d '{"paths": ["/mexico/some-article", "/mexico"]}' https://…/api/revalidate
export async function POST(request: Request) {
  const token = bearerToken(request.headers.get('authorization'))
  const check = await checkSecret('revalidate', token, process.env.REVALIDATE_SECRET, { db: getDatabase })
  const refused = secretRefusal(check, () =>
    jsonError(401, 'Missing or wrong bearer token.', { 'www-authenticate': 'Bearer' }),
  )
  if (refused) return refused
  let body: unknown
  try {
    body = await readJsonBody(request, 16_384)
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse()
    throw e
  }
  const parsed = parseRevalidateRequest(body)
  if ('error' in parsed) return jsonError(400, parsed.error)
  for (const path of parsed.paths) revalidatePath(path)
  // 'max': stale-while-revalidate, so a burst of calls never stampedes the server.
  for (const tag of parsed.tags) revalidateTag(tag, 'max')
  return Response.json(
    { revalidated: true, ...parsed, now: new Date().toISOString() },
    { headers: { 'cache-control': 'no-store' } },
  )
}

const notAllowed = () => methodNotAllowed(['POST'])
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
