import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorPage } from '@/components/AuthorPage'
import { PageShell } from '@/components/PageShell'
import { getAuthorIds, getAuthorPage } from '@/lib/articles'
import { pageMetadata } from '@/lib/metadata'

type Props = { params: Promise<{ id: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getAuthorIds().map((id) => ({ id }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const found = getAuthorPage(id)
  if (!found) return {}
  return pageMetadata({
    title: found.author.name,
    description: `${found.author.role}. ${found.author.bio}`,
    path: found.author.url,
  })
}

export default async function AuthorRoute({ params }: Props) {
  const { id } = await params
  const found = getAuthorPage(id)
  if (!found) notFound()
  return (
    <PageShell>
      <AuthorPage author={found.author} page={found.page} />
    </PageShell>
  )
}
