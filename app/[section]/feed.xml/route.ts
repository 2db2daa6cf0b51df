import { isSectionId, SECTION_IDS } from '@/config/sections'
import { t } from '@/config/site'
import { rssFeed, xmlResponse } from '@/lib/syndication/syndication'

export const dynamic = 'force-static'
export const dynamicParams = false
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export function generateStaticParams() {
  return SECTION_IDS.map((section) => ({ section }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section } = await params
  if (!isSectionId(section)) return new Response(t.errors.unknownSection, { status: 404 })
  return xmlResponse(await rssFeed(section), 'application/rss+xml')
}
