import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { StoryListPage } from '@/components/StoryListPage'
import { getTagPage, getTagParams } from '@/lib/articles'
import { pageMetadata } from '@/lib/metadata'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTagParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params
  const found = getTagPage(tag, 1)
  if (!found) return {}
  return pageMetadata({
    title: found.tag.label,
    description: `Stories about ${found.tag.label} from The News.`,
    path: found.tag.url,
  })
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params
  const found = getTagPage(tag, 1)
  if (!found) notFound()
  return (
    <PageShell>
      <StoryListPage
        kicker="Topic"
        title={found.tag.label}
        description={`${found.tag.count} ${found.tag.count === 1 ? 'story' : 'stories'}, newest first.`}
        page={found.page}
        showSection
      />
    </PageShell>
  )
}
