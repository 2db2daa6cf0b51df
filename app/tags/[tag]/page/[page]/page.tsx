import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { StoryListPage } from '@/components/StoryListPage'
import { getTagPage, getTagPageParams } from '@/lib/articles'
import { pageMetadata } from '@/lib/metadata'
import { pageUrl, parsePageNumber } from '@/lib/pagination'

type Props = { params: Promise<{ tag: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTagPageParams()
}

function load(tag: string, pageParam: string) {
  const n = parsePageNumber(pageParam)
  return n === null || n < 2 ? null : getTagPage(tag, n)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params
  const found = load(tag, page)
  if (!found) return {}
  return pageMetadata({
    title: `${found.tag.label}, page ${found.page.page}`,
    description: `Stories about ${found.tag.label} from The News.`,
    path: pageUrl(found.tag.url, found.page.page),
  })
}

export default async function TagArchivePage({ params }: Props) {
  const { tag, page } = await params
  const found = load(tag, page)
  if (!found) notFound()
  return (
    <PageShell>
      <StoryListPage
        kicker="Topic"
        title={found.tag.label}
        description={`${found.tag.count} stories, newest first.`}
        page={found.page}
        showSection
      />
    </PageShell>
  )
}
