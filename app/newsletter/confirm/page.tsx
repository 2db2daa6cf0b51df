import { site } from '@/config/site'
import type { Metadata } from 'next'
import { NewsletterLinkPage } from '@/components/NewsletterLinkPage'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Confirm your subscription',
  description: `Confirm your subscription to the newsletter of ${site.name}.`,
  path: '/newsletter/confirm',
  noindex: true,
})

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  return <NewsletterLinkPage purpose="confirm" token={(await searchParams).token} />
}
