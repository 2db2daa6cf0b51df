import type { Metadata } from 'next'
import { NewsletterLinkAction } from '@/components/NewsletterLinkAction'
import { PageShell } from '@/components/PageShell'
import { pageMetadata } from '@/lib/metadata'
import { newsletter } from '@/lib/newsletter/app-newsletter'

export const metadata: Metadata = pageMetadata({
  title: 'Confirm your subscription',
  description: 'Confirm your subscription to the newsletter of The News.',
  path: '/newsletter/confirm',
  noindex: true,
})

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams
  const value = typeof token === 'string' ? token : ''
  const payload = await newsletter.checkToken(value, 'confirm')
  return (
    <PageShell>
      <NewsletterLinkAction
        title="Confirm your subscription"
        email={payload?.email ?? null}
        token={value}
        action="/api/newsletter/confirm"
        explanation="One click and the newsletter of The News starts arriving at"
        button="Confirm my subscription"
      />
    </PageShell>
  )
}
