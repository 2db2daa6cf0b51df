import { NextResponse, type NextRequest } from 'next/server'
import { knownPath } from '@/lib/known-paths'

// Unknown URLs of the dynamic routes are answered with the prerendered 404 page before any route
// renders them: a full page without JavaScript (a route's own notFound() on an on-demand render
// gives Next 16's empty error shell), and nothing written to the ISR cache
// (lib/known-paths.ts; docs/decisions/0016-unknown-urls-answered-before-rendering.md).

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname
  if (path.startsWith('/_next/') || path.startsWith('/api/')) return NextResponse.next()
  if (knownPath(path) === 'pass') return NextResponse.next()
  return NextResponse.rewrite(new URL('/404', request.url))
}

export const config = {
  // Paths of two or more segments (one-segment routes are static or closed lists), except Next's
  // own files and the API routes.
  matcher: ['/:first/:rest+'],
}
