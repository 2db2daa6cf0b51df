import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CorrectionsLog } from '@/components/CorrectionsLog'
import { PageShell } from '@/components/PageShell'
import { t } from '@/config/site'
import { getCorrectionsPage } from '@/lib/catalogue/queries'
import { listPageMetadata } from '@/lib/seo/metadata'

// Revalidate every minute (ISR), like the section fronts: a scheduled article's correction appears with it.
export const revalidate = 60

export const metadata: Metadata = listPageMetadata({
  title: t.corrections.title,
  description: t.corrections.description,
  base: '/corrections',
  page: 1,
})

export default async function CorrectionsPage() {
  const page = await getCorrectionsPage(1)
  if (!page) notFound()
  return (
    <PageShell>
      <CorrectionsLog page={page} />
    </PageShell>
  )
}
