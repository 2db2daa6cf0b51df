import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeLocalPath } from '@/lib/http/paths'

// "Leave preview": turns Draft Mode off and goes back to the page the editor was on (or `path`).
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const url = new URL(request.url)
  const referer = request.headers.get('referer')
  const fromReferer = referer && new URL(referer, url).origin === url.origin ? new URL(referer).pathname : null
  redirect(safeLocalPath(url.searchParams.get('path')) ?? safeLocalPath(fromReferer) ?? '/')
}
