import { NextResponse, type NextRequest } from 'next/server'
import { catalogue, refreshOverlayAtMostEvery } from '@/lib/catalogue/cache'
import { contentLookups, knownPath } from '@/lib/http/known-paths'
import { MemoryRateLimiter } from '@/lib/http/memory-rate-limit'
import { clientAddress, parseRateLimit } from '@/lib/http/rate-limit'
import { site } from '@/config/site'
import { databaseKnownDown } from '@/lib/db/health'

// Pages that are nothing without the database: while it is known to be down they still render (to
// say so, and to try again) but answer 503, so monitors and crawlers see an outage, not a page.
const NEEDS_DATABASE = new Set(['/newsletter/confirm', '/newsletter/unsubscribe'])

// Searches per client address per window on this instance (SEARCH_RATE_LIMIT, "limit/seconds").
// Generous, because a mobile carrier's NAT puts many readers behind one address; enough to stop
// one client from keeping a core busy with uncached queries (lib/http/memory-rate-limit.ts).
const searchLimiter = new MemoryRateLimiter(
  parseRateLimit(process.env.SEARCH_RATE_LIMIT, { limit: 60, windowSeconds: 60 }),
)

function tooManySearches(retryAfterSeconds: number): NextResponse {
  const html = `<!doctype html><html lang="${site.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Too many searches · ${site.name}</title></head><body><main><h1>Too many searches</h1><p>Your connection has searched ${site.name} very often in the last minute. Try again in ${retryAfterSeconds} seconds; the latest stories are on the <a href="/">front page</a>.</p></main></body></html>\n`
  return new NextResponse(html, {
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    },
  })
}

// A withdrawn article existed: 410 Gone (not 404), so search engines drop it and readers are told.
function withdrawn(): NextResponse {
  const policy = `/about/${site.standards.corrections}`
  const html = `<!doctype html><html lang="${site.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Story withdrawn · ${site.name}</title></head><body><main><h1>This story has been withdrawn</h1><p>${site.name} has taken this story down. Why we withdraw stories, and how we correct them: <a href="${policy}">our corrections policy</a>. The latest stories are on the <a href="/">front page</a>.</p></main></body></html>\n`
  return new NextResponse(html, {
    status: 410,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60, s-maxage=60' },
  })
}

// Runs before every page and file route (not the API, which answers for itself, nor Next's
// static files):
// - pages and files answer GET and HEAD only: anything else is a 405 before a byte of its body is
//   read or a page rendered (Next would render the page for a POST);
// - unknown URLs of the dynamic routes get the prerendered 404 page before any route renders them:
//   a full page without JavaScript (a route's own notFound() on an on-demand render gives Next
//   16's empty error shell), and nothing written to the ISR cache (lib/http/known-paths.ts;
//   docs/decisions/0016-unknown-urls-answered-before-rendering.md);
// - /search is rate-limited per client: it is the one page rendered on every request;
// - the newsletter's link pages answer 503 while the database is down.
export async function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(`${request.method} is not allowed here: this address answers GET and HEAD.\n`, {
      status: 405,
      headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  if (request.nextUrl.pathname === '/search') {
    const { allowed, retryAfterSeconds } = searchLimiter.hit(clientAddress(request))
    if (!allowed) return tooManySearches(retryAfterSeconds)
  }
  if (NEEDS_DATABASE.has(request.nextUrl.pathname) && databaseKnownDown())
    return NextResponse.next({ status: 503, headers: { 'retry-after': '60', 'cache-control': 'no-store' } })
  // The view the pages read, published articles included (lib/catalogue/cache.ts), kept current
  // at most twice a second without making a reader wait. A path this process already knows passes
  // at once; an unknown one may have been published or withdrawn since, so it waits for the read.
  const path = request.nextUrl.pathname
  const refreshed = refreshOverlayAtMostEvery(500)
  if (knownPath(path, contentLookups(catalogue())) === 'pass') return NextResponse.next()
  await refreshed
  const view = catalogue()
  if (view.withdrawn.has(path.replace(/^\/lite\//, '/'))) return withdrawn()
  if (knownPath(path, contentLookups(view)) === 'pass') return NextResponse.next()
  return NextResponse.rewrite(new URL('/404', request.url))
}

export const config = {
  matcher: ['/((?!_next/static/|_next/image|api/).*)'],
}
