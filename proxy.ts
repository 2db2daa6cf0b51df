import { NextResponse, type NextRequest } from 'next/server'
import { MemoryRateLimiter } from '@/lib/http/memory-rate-limit'
import { clientAddress, parseRateLimit } from '@/lib/http/rate-limit'
import { site, t } from '@/config/site'
import { fillHtml, htmlLink, shortPageHtml } from '@/lib/http/short-page'
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

const plural = new Intl.PluralRules(site.intlLocale)

function tooManySearches(retryAfterSeconds: number): NextResponse {
  const text = t.errors.tooManySearchesText[plural.select(retryAfterSeconds) === 'one' ? 'one' : 'other']
  const html = shortPageHtml({
    title: t.errors.tooManySearches,
    heading: t.errors.tooManySearches,
    bodyHtml: fillHtml(text, {
      name: site.name,
      seconds: retryAfterSeconds,
      frontPage: htmlLink('/', t.errors.frontPage),
    }),
  })
  return new NextResponse(html, {
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    },
  })
}

// Runs before three pages only (the matcher below): any Next proxy that runs before a page costs
// `next start` half its throughput on that page, so nothing runs before articles and lists. The
// jobs it had there moved to the server around Next (docs/decisions/0019-publish-in-seconds.md):
// 405s for other methods and the 404, 410 and alias answers (lib/http/not-found-filter.ts).
// - /search is rate-limited per client: it is the one page rendered on every request;
// - the newsletter's link pages answer 503 while the database is down.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/search') {
    const { allowed, retryAfterSeconds } = searchLimiter.hit(clientAddress(request))
    if (!allowed) return tooManySearches(retryAfterSeconds)
  }
  if (NEEDS_DATABASE.has(request.nextUrl.pathname) && databaseKnownDown())
    return NextResponse.next({ status: 503, headers: { 'retry-after': '60', 'cache-control': 'no-store' } })
  return NextResponse.next()
}

export const config = {
  matcher: ['/search', '/newsletter/confirm', '/newsletter/unsubscribe'],
}
