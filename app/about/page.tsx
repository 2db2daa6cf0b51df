import type { Metadata } from 'next'
import { AboutNetwork } from '@/components/AboutNetwork'
import { PageShell } from '@/components/PageShell'
import { pageMetadata } from '@/lib/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'About The News',
  description: "About The News, Mexico's English-language daily, and the media group it belongs to.",
  path: '/about',
})

export default function AboutPage() {
  return (
    <PageShell>
      <AboutNetwork />
    </PageShell>
  )
}
