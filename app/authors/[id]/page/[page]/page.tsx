import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorPage } from '@/components/AuthorPage'
import { PageShell } from '@/components/PageShell'
import { getAuthorPage } from '@/lib/catalogue/queries'
import { getAuthorPageParams } from '@/lib/catalogue/static-params'
import { listPageMetadata } from '@/lib/seo/metadata'
import { parseArchivePage } from '@/lib/catalogue/pagination'

type Props = { params: Promise<{ id: string; page: string }> }

// Pages (and tags) can appear when a scheduled article publishes; unknown ones render a 404.
export const dynamicParams = true
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export async function generateStaticParams() {
  return getAuthorPageParams()
}

async function load(id: string, pageParam: string) {
  const n = parseArchivePage(pageParam)
  return n ? getAuthorPage(id, n) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, page } = await params
  const found = await load(id, page)
  if (!found) return {}
  const { name, role, bio, url } = found.author
  return listPageMetadata({ title: name, description: `${role}. ${bio}`, base: url, page: found.page.page })
}

export default async function AuthorArchiveRoute({ params }: Props) {
  const { id, page } = await params
  const found = await load(id, page)
  if (!found) notFound()
  return (
    <PageShell>
      <AuthorPage author={found.author} page={found.page} />
    </PageShell>
  )
}
