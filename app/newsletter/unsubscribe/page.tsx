import { site, t } from '@/config/site'
import type { Metadata } from 'next'
import { NewsletterLinkPage } from '@/components/NewsletterLinkPage'
import { fill } from '@/lib/brand/template'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: t.newsletter.unsubscribe.metaTitle,
  description: fill(t.newsletter.unsubscribe.description, { site: site.name }),
  path: '/newsletter/unsubscribe',
  noindex: true,
})

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>
}) {
  return <NewsletterLinkPage purpose="unsubscribe" token={(await searchParams).token} />
}
