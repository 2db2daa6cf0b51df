import type { Metadata } from 'next'
import { AboutNetwork } from '@/components/AboutNetwork'
import { PageShell } from '@/components/PageShell'

export const metadata: Metadata = {
  title: 'About The News',
  description: "About The News, Mexico's English-language daily, and the media group it belongs to.",
  alternates: { canonical: '/about' },
}

export default function AboutPage() {
  return (
    <PageShell>
      <AboutNetwork />
    </PageShell>
  )
}
