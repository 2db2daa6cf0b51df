import type { Metadata } from 'next'
import { HomeFrontPage } from '@/components/HomeFrontPage'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { site } from '@/config/site'
import { getHomeFront } from '@/lib/catalogue/queries'
import { pageMetadata } from '@/lib/seo/metadata'
import { getMostRead } from '@/lib/most-read/most-read'
import { websiteJsonLd } from '@/lib/seo/structured-data'

// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' })

export default async function HomePage() {
  return (
    <PageShell current="home">
      <JsonLd data={websiteJsonLd()} />
      <HomeFrontPage front={await getHomeFront()} mostRead={await getMostRead()} />
    </PageShell>
  )
}
