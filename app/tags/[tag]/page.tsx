import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { TagArchive } from '@/components/TagArchive'
import { getTagPage, getTagParams } from '@/lib/articles'
import { listPageMetadata } from '@/lib/metadata'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTagParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params
  const found = getTagPage(tag, 1)
  if (!found) return {}
  const { label, url } = found.tag
  return listPageMetadata({ title: label, description: `Stories about ${label} from The News.`, base: url, page: 1 })
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params
  const found = getTagPage(tag, 1)
  if (!found) notFound()
  return (
    <PageShell>
      <TagArchive tag={found.tag} page={found.page} />
    </PageShell>
  )
}
