import { rssFeed, xmlResponse } from '@/lib/syndication'

export const dynamic = 'force-static'

export async function GET() {
  return xmlResponse(await rssFeed(), 'application/rss+xml')
}
