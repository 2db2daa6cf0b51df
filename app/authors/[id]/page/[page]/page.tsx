import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorPage } from '@/components/AuthorPage'
import { PageShell } from '@/components/PageShell'
import { getAuthorPage, getAuthorPageParams } from '@/lib/articles'
import { pageMetadata } from '@/lib/metadata'
import { pageUrl, parsePageNumber } from '@/lib/pagination'

type Props = { params: Promise<{ id: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getAuthorPageParams()
}

function load(id: string, pageParam: string) {
  const n = parsePageNumber(pageParam)
  return n === null || n < 2 ? null : getAuthorPage(id, n)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, page } = await params
  const found = load(id, page)
  if (!found) return {}
  return pageMetadata({
    title: `${found.author.name}, page ${found.page.page}`,
    description: `${found.author.role}. ${found.author.bio}`,
    path: pageUrl(found.author.url, found.page.page),
  })
}

export default async function AuthorArchiveRoute({ params }: Props) {
  const { id, page } = await params
  const found = load(id, page)
  if (!found) notFound()
  return (
    <PageShell>
      <AuthorPage author={found.author} page={found.page} />
    </PageShell>
  )
}
