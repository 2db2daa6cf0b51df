import { t } from '@/config/site'
import { sitemapPartCount, sitemapPartXml, xmlResponse } from '@/lib/syndication/syndication'

// Parts of the sitemap, /sitemaps/1.xml…; /sitemap.xml becomes their index past 50,000 URLs.
export const dynamic = 'force-static'
// Pages (and tags) can appear when a scheduled article publishes; unknown ones render a 404.
export const dynamicParams = true
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export async function generateStaticParams() {
  return Array.from({ length: await sitemapPartCount() }, (_, i) => ({ part: `${i + 1}.xml` }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params
  const n = /^([1-9]\d*)\.xml$/.exec(part)?.[1]
  const xml = n ? await sitemapPartXml(Number(n)) : null
  return xml ? xmlResponse(xml) : new Response(t.errors.noSitemapPart, { status: 404 })
}
