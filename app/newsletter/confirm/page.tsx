import { site, t } from '@/config/site'
import type { Metadata } from 'next'
import { NewsletterLinkPage } from '@/components/NewsletterLinkPage'
import { fill } from '@/lib/brand/template'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: t.newsletter.confirm.metaTitle,
  description: fill(t.newsletter.confirm.description, { site: site.name }),
  path: '/newsletter/confirm',
  noindex: true,
})

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  return <NewsletterLinkPage purpose="confirm" token={(await searchParams).token} />
}
