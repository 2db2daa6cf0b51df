import { site } from '@/config/site'
import type { Metadata } from 'next'
import { AboutNetwork } from '@/components/AboutNetwork'
import { PageShell } from '@/components/PageShell'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: `About ${site.name}`,
  description: `About ${site.name}, ${site.tagline}, and the media group it belongs to.`,
  path: '/about',
})

export default function AboutPage() {
  return (
    <PageShell>
      <AboutNetwork />
    </PageShell>
  )
}
