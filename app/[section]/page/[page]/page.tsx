import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { SectionFront } from '@/components/SectionFront'
import { getSection, isSectionId } from '@/config/sections'
import { getSectionPage, getSectionPageParams } from '@/lib/articles'
import { parsePageNumber, pageUrl } from '@/lib/pagination'
import { sectionRef } from '@/lib/view-models'

type Props = { params: Promise<{ section: string; page: string }> }

// Pages 2…N are prebuilt; anything else (page 1 lives at /{section}, or past the end) is a 404.
export const dynamicParams = false

export function generateStaticParams() {
  return getSectionPageParams()
}

function load(section: string, pageParam: string) {
  const n = parsePageNumber(pageParam)
  if (!isSectionId(section) || n === null || n < 2) return null
  const page = getSectionPage(section, n)
  return page ? { section, page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, page } = await params
  const found = load(section, page)
  if (!found) return {}
  const s = getSection(found.section)
  return {
    title: `${s.label}, page ${found.page.page}`,
    description: s.description,
    alternates: { canonical: pageUrl(`/${s.id}`, found.page.page) },
  }
}

export default async function SectionArchivePage({ params }: Props) {
  const { section, page } = await params
  const found = load(section, page)
  if (!found) notFound()
  return (
    <PageShell current={found.section}>
      <SectionFront
        section={sectionRef(found.section)}
        description={getSection(found.section).description}
        page={found.page}
      />
    </PageShell>
  )
}
