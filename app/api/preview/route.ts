import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeLocalPath } from '@/lib/http/paths'
import { jsonError, unauthorized } from '@/lib/http/responses'
import { secretMatches } from '@/lib/http/secrets'

// Editors open /api/preview?secret=…&path=/section/slug to read drafts and scheduled articles.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  // The same bare 401 for a missing, wrong or unconfigured secret: no hint to a guesser.
  if (!secretMatches(params.get('secret'), process.env.PREVIEW_SECRET)) return unauthorized()
  const path = params.has('path') ? safeLocalPath(params.get('path')) : '/'
  if (!path) return jsonError(400, 'path must be a path on this site, such as /mexico/some-article.')
  ;(await draftMode()).enable()
  redirect(path)
}
