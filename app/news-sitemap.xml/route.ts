import { newsSitemapXml, xmlResponse } from '@/lib/syndication/syndication'

// The two-day window moves with the clock and scheduled articles join it: regenerated every minute.
export const revalidate = 60

export async function GET() {
  return xmlResponse(await newsSitemapXml())
}
