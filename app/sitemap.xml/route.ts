import { sitemapXml, xmlResponse } from '@/lib/syndication/syndication'

export const dynamic = 'force-static'
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export async function GET() {
  return xmlResponse(await sitemapXml())
}
