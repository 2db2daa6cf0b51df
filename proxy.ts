import { NextResponse, type NextRequest } from 'next/server'
import { knownPath } from '@/lib/known-paths'

// Runs before every page and file route (not the API, which answers for itself, nor Next's
// static files):
// - pages and files answer GET and HEAD only: anything else is a 405 before a byte of its body is
//   read or a page rendered (Next would render the page for a POST);
// - unknown URLs of the dynamic routes get the prerendered 404 page before any route renders them:
//   a full page without JavaScript (a route's own notFound() on an on-demand render gives Next
//   16's empty error shell), and nothing written to the ISR cache (lib/known-paths.ts;
//   docs/decisions/0016-unknown-urls-answered-before-rendering.md).
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(`${request.method} is not allowed here: this address answers GET and HEAD.\n`, {
      status: 405,
      headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  if (knownPath(request.nextUrl.pathname) === 'pass') return NextResponse.next()
  return NextResponse.rewrite(new URL('/404', request.url))
}

export const config = {
  matcher: ['/((?!_next/static/|_next/image|api/).*)'],
}
