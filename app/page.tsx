import type { Metadata } from 'next'
import { HomeFrontPage } from '@/components/HomeFrontPage'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { site } from '@/config/site'
import { getHomeFront } from '@/lib/articles'
import { pageMetadata } from '@/lib/metadata'
import { websiteJsonLd } from '@/lib/structured-data'

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' })

export default function HomePage() {
  return (
    <PageShell current="home">
      <JsonLd data={websiteJsonLd()} />
      <HomeFrontPage front={getHomeFront()} />
    </PageShell>
  )
}
