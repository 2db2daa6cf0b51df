import { t } from '@/config/site'
import type { Metadata } from 'next'
import { PageShell } from '@/components/PageShell'
import { TagIndex } from '@/components/TagIndex'
import { getTagIndex } from '@/lib/catalogue/queries'
import { pageMetadata } from '@/lib/seo/metadata'

// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export const metadata: Metadata = pageMetadata({
  title: t.tags.indexTitle,
  description: t.tags.indexDescription,
  path: '/tags',
})

export default async function TagsPage() {
  return (
    <PageShell>
      <TagIndex tags={await getTagIndex()} />
    </PageShell>
  )
}
