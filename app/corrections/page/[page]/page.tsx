import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CorrectionsLog } from '@/components/CorrectionsLog'
import { PageShell } from '@/components/PageShell'
import { t } from '@/config/site'
import { getCorrectionsPage } from '@/lib/catalogue/queries'
import { getCorrectionsPageParams } from '@/lib/catalogue/static-params'
import { listPageMetadata } from '@/lib/seo/metadata'
import { parseArchivePage } from '@/lib/catalogue/pagination'

type Props = { params: Promise<{ page: string }> }

// Like the section archives: prebuilt pages, deeper ones on first request, past the end a 404.
export const dynamicParams = true
export const revalidate = 60

export async function generateStaticParams() {
  return getCorrectionsPageParams()
}

async function load(pageParam: string) {
  const n = parseArchivePage(pageParam)
  return n ? getCorrectionsPage(n) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).page)
  if (!page) return {}
  return listPageMetadata({
    title: t.corrections.title,
    description: t.corrections.description,
    base: '/corrections',
    page: page.page,
  })
}

export default async function CorrectionsArchivePage({ params }: Props) {
  const page = await load((await params).page)
  if (!page) notFound()
  return (
    <PageShell>
      <CorrectionsLog page={page} />
    </PageShell>
  )
}
