import { site, t } from '@/config/site'
import type { Metadata } from 'next'
import { AboutNetwork } from '@/components/AboutNetwork'
import { PageShell } from '@/components/PageShell'
import { fill } from '@/lib/brand/template'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: fill(t.about.title, { name: site.name }),
  description: fill(t.about.description, { name: site.name, tagline: site.tagline }),
  path: '/about',
})

export default function AboutPage() {
  return (
    <PageShell>
      <AboutNetwork />
    </PageShell>
  )
}
