import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeLocalPath } from '@/lib/http/paths'

// "Leave preview": turns Draft Mode off and goes back to the page the editor was on (or `path`).
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const url = new URL(request.url)
  // Only the Referer's path is used, so it can only ever lead back to a page of this site.
  const referer = URL.parse(request.headers.get('referer') ?? '')
  redirect(safeLocalPath(url.searchParams.get('path')) ?? safeLocalPath(referer?.pathname) ?? '/')
}
