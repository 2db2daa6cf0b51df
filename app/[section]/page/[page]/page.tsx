import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { StoryListPage } from '@/components/StoryListPage'
import { getSection, isSectionId } from '@/config/sections'
import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { getSectionPage } from '@/lib/catalogue/queries'
import { getSectionPageParams } from '@/lib/catalogue/static-params'
import { listPageMetadata } from '@/lib/seo/metadata'
import { parseArchivePage } from '@/lib/catalogue/pagination'

type Props = { params: Promise<{ section: string; page: string }> }

// Pages 2…PREBUILD_LIST_PAGES are prebuilt, deeper ones render on first request (then cached);
// page 1 lives at /{section}, and past the end is a 404. Pages can appear when a scheduled article
// publishes.
export const dynamicParams = true
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export async function generateStaticParams() {
  return getSectionPageParams()
}

async function load(section: string, pageParam: string) {
  const n = parseArchivePage(pageParam)
  if (!n || !isSectionId(section)) return null
  const page = await getSectionPage(section, n)
  return page ? { section: getSection(section), page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, page } = await params
  const found = await load(section, page)
  if (!found) return {}
  const s = found.section
  return listPageMetadata({
    title: s.label,
    description: s.description,
    base: `/${s.id}`,
    page: found.page.page,
    feed: { path: `/${s.id}/feed.xml`, title: fill(t.seo.sectionFeed, { name: site.name, section: s.label }) },
  })
}

export default async function SectionArchivePage({ params }: Props) {
  const { section, page } = await params
  const found = await load(section, page)
  if (!found) notFound()
  return (
    <PageShell current={found.section.id}>
      <StoryListPage
        title={found.section.label}
        description={found.section.description}
        page={found.page}
        showSection={false}
      />
    </PageShell>
  )
}
