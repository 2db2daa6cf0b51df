import type { Metadata } from 'next'
import { NewsletterLinkAction } from '@/components/NewsletterLinkAction'
import { PageShell } from '@/components/PageShell'
import { pageMetadata } from '@/lib/metadata'
import { newsletter } from '@/lib/newsletter/app-newsletter'

export const metadata: Metadata = pageMetadata({
  title: 'Unsubscribe',
  description: 'Stop getting the newsletter of The News.',
  path: '/newsletter/unsubscribe',
  noindex: true,
})

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams
  const value = typeof token === 'string' ? token : ''
  const payload = await newsletter.checkToken(value, 'unsubscribe')
  return (
    <PageShell>
      <NewsletterLinkAction
        title="Unsubscribe from the newsletter"
        email={payload?.email ?? null}
        token={value}
        action="/api/newsletter/unsubscribe"
        explanation="The newsletter of The News will stop arriving at"
        button="Unsubscribe"
      />
    </PageShell>
  )
}
