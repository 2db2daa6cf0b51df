import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { TagArchive } from '@/components/TagArchive'
import { getTagPage } from '@/lib/catalogue/queries'
import { getTagParams } from '@/lib/catalogue/static-params'
import { listPageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ tag: string }> }

// Pages (and tags) can appear when a scheduled article publishes; unknown ones render a 404.
export const dynamicParams = true
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export async function generateStaticParams() {
  return getTagParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params
  const found = await getTagPage(tag, 1)
  if (!found) return {}
  const { label, url } = found.tag
  return listPageMetadata({
    title: label,
    description: fill(t.tags.description, { tag: label }),
    base: url,
    page: 1,
  })
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params
  const found = await getTagPage(tag, 1)
  if (!found) notFound()
  return (
    <PageShell>
      <TagArchive tag={found.tag} page={found.page} />
    </PageShell>
  )
}
