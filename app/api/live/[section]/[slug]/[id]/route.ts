import { getDatabase } from '@/lib/db/database'
import { jsonError, methodNotAllowed } from '@/lib/http/responses'
import { findLiveArticle, publishChange, readUpdate, refuseWithoutSecret } from '@/lib/live/api'
import { editUpdate, withdrawUpdate } from '@/lib/live/store'

type Params = { params: Promise<{ section: string; slug: string; id: string }> }

// PATCH corrects a posted update (only the fields given change); DELETE withdraws it from the page.
// Both behind LIVE_SECRET; both keep the before and after in live_update_audit.
export async function PATCH(request: Request, { params }: Params) {
  const refused = await refuseWithoutSecret(request)
  if (refused) return refused
  const { section, slug, id } = await params
  // Correcting stays possible after the coverage has ended.
  const article = await findLiveArticle(section, slug, { forWriting: false })
  if (article instanceof Response) return article
  const update = await readUpdate(request, true)
  if (update instanceof Response) return update
  const edited = await editUpdate(await getDatabase(), article.url, id, update)
  if (!edited)
    return jsonError(404, `No update ${id} on ${article.url} (updates written in the file are edited there).`)
  publishChange(article)
  return Response.json({ id: edited.id, update: edited }, { headers: { 'cache-control': 'no-store' } })
}

export async function DELETE(request: Request, { params }: Params) {
  const refused = await refuseWithoutSecret(request)
  if (refused) return refused
  const { section, slug, id } = await params
  // So does withdrawing (a wrong update must still go).
  const article = await findLiveArticle(section, slug, { forWriting: false })
  if (article instanceof Response) return article
  if (!(await withdrawUpdate(await getDatabase(), article.url, id)))
    return jsonError(404, `No update ${id} on ${article.url}.`)
  publishChange(article)
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
}

const notAllowed = () => methodNotAllowed(['PATCH', 'DELETE'])
export { notAllowed as GET, notAllowed as POST, notAllowed as PUT }
