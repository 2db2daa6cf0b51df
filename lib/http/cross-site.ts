/**
 * Whether a request was sent by a page of another site: a cross-site form post (CSRF), which
 * could sign a victim up or confirm for them. Browsers say so in `Sec-Fetch-Site`; older ones only
 * send `Origin`, which must then be this site. A request with neither (curl, a mail client's
 * one-click unsubscribe, an old browser's form) is not a browser acting for another site, and
 * passes.
 */
export function isCrossSite(request: Request, siteUrl: string): boolean {
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite) return fetchSite === 'cross-site'
  const origin = request.headers.get('origin')
  if (!origin) return false
  if (origin === 'null') return true // sandboxed frames and data: pages
  const host = URL.parse(origin)?.host
  return !host || (host !== new URL(siteUrl).host && host !== request.headers.get('host'))
}
