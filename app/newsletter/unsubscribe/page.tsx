import { site } from '@/config/site'
import type { Metadata } from 'next'
import { NewsletterLinkPage } from '@/components/NewsletterLinkPage'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Unsubscribe',
  description: `Stop getting the newsletter of ${site.name}.`,
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
