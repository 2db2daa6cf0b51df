import { sitemapXml, xmlResponse } from '@/lib/syndication'

export const dynamic = 'force-static'

export function GET() {
  return xmlResponse(sitemapXml())
}
