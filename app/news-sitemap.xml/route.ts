import { newsSitemapXml, xmlResponse } from '@/lib/syndication'

// The two-day window moves with the clock, so this is regenerated every ten minutes.
export const revalidate = 600

export function GET() {
  return xmlResponse(newsSitemapXml())
}
