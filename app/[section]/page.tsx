import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { StoryListPage } from '@/components/StoryListPage'
import { getSection, isSectionId, SECTION_IDS } from '@/config/sections'
import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { getSectionPage } from '@/lib/catalogue/queries'
import { breadcrumbJsonLd } from '@/lib/seo/structured-data'
import { listPageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ section: string }> }

export const dynamicParams = false
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export function generateStaticParams() {
  return SECTION_IDS.map((section) => ({ section }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params
  if (!isSectionId(section)) return {}
  const s = getSection(section)
  return listPageMetadata({
    title: s.label,
    description: s.description,
    base: `/${section}`,
    page: 1,
    feed: { path: `/${section}/feed.xml`, title: fill(t.seo.sectionFeed, { name: site.name, section: s.label }) },
  })
}

export default async function SectionPage({ params }: Props) {
  const { section } = await params
  if (!isSectionId(section)) notFound()
  const page = await getSectionPage(section, 1)
  if (!page) notFound()
  const s = getSection(section)
  return (
    <PageShell current={section}>
      <JsonLd data={breadcrumbJsonLd([{ name: s.label, path: `/${section}` }])} />
      <StoryListPage title={s.label} description={s.description} page={page} showSection={false} />
    </PageShell>
  )
}
