import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeLocalPath } from '@/lib/http/paths'
import { getDatabase } from '@/lib/db/database'
import { jsonError, secretRefusal, unauthorized } from '@/lib/http/responses'
import { checkSecret } from '@/lib/http/secret-guard'

// Editors open /api/preview?secret=…&path=/section/slug to read drafts and scheduled articles.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  // The same bare 401 for a missing, wrong or unconfigured secret: no hint to a guesser; failed
  // attempts are counted, and past a limit every attempt is refused for a while.
  const check = await checkSecret('preview', params.get('secret'), process.env.PREVIEW_SECRET, { db: getDatabase })
  const refused = secretRefusal(check, unauthorized)
  if (refused) return refused
  const path = params.has('path') ? safeLocalPath(params.get('path')) : '/'
  if (!path) return jsonError(400, 'path must be a path on this site, such as /mexico/some-article.')
  ;(await draftMode()).enable()
  redirect(path)
}
