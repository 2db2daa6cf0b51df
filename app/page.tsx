import type { Metadata } from 'next'
import { HomeFrontPage } from '@/components/HomeFrontPage'
import { PageShell } from '@/components/PageShell'
import { getHomeFront } from '@/lib/articles'

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default function HomePage() {
  return (
    <PageShell current="home">
      <HomeFrontPage front={getHomeFront()} />
    </PageShell>
  )
}
