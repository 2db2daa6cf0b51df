import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { SectionFront } from '@/components/SectionFront'
import { getSection, isSectionId, SECTION_IDS } from '@/config/sections'
import { getSectionPage } from '@/lib/articles'
import { sectionRef } from '@/lib/view-models'

type Props = { params: Promise<{ section: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return SECTION_IDS.map((section) => ({ section }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params
  if (!isSectionId(section)) return {}
  const s = getSection(section)
  return { title: s.label, description: s.description, alternates: { canonical: `/${section}` } }
}

export default async function SectionPage({ params }: Props) {
  const { section } = await params
  if (!isSectionId(section)) notFound()
  const page = getSectionPage(section, 1)
  if (!page) notFound()
  return (
    <PageShell current={section}>
      <SectionFront section={sectionRef(section)} description={getSection(section).description} page={page} />
    </PageShell>
  )
}
