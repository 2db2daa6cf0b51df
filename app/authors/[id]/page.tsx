import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorPage } from '@/components/AuthorPage'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { getAuthorPage } from '@/lib/catalogue/queries'
import { getAuthorIds } from '@/lib/catalogue/static-params'
import { listPageMetadata } from '@/lib/seo/metadata'
import { authorProfileJsonLd } from '@/lib/seo/structured-data'

type Props = { params: Promise<{ id: string }> }

export const dynamicParams = false
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export async function generateStaticParams() {
  return (await getAuthorIds()).map((id) => ({ id }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const found = await getAuthorPage(id)
  if (!found) return {}
  const { name, role, bio, url } = found.author
  return listPageMetadata({ title: name, description: `${role}. ${bio}`, base: url, page: 1 })
}

export default async function AuthorRoute({ params }: Props) {
  const { id } = await params
  const found = await getAuthorPage(id)
  if (!found) notFound()
  return (
    <PageShell>
      <JsonLd data={authorProfileJsonLd(found.author)} />
      <AuthorPage author={found.author} page={found.page} />
    </PageShell>
  )
}
