import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { markDatabaseDown } from '@/lib/db/health'
import { newsletter } from '@/lib/newsletter/app-newsletter'
import { NewsletterLinkAction } from './NewsletterLinkAction'
import { NewsletterUnavailable } from './NewsletterUnavailable'
import { PageShell } from './PageShell'

/** /newsletter/confirm and /newsletter/unsubscribe: check the mailed link's token, offer the button. */
export async function NewsletterLinkPage({ purpose, token }: { purpose: 'confirm' | 'unsubscribe'; token: unknown }) {
  const value = typeof token === 'string' ? token : ''
  const words = t.newsletter[purpose]
  // Checking the link needs the database (its signing secret): when that is down the page says so
  // rather than failing blank, and the proxy answers it with a 503 while the database is known to
  // be down (an app-router page cannot set its own status; lib/db/health.ts).
  const payload = await newsletter.checkToken(value, purpose).then(
    (p) => {
      markDatabaseDown(false)
      return p
    },
    (e: unknown) => {
      console.error('[newsletter] link page:', (e as Error).message)
      markDatabaseDown(true)
      return 'unavailable' as const
    },
  )
  if (payload === 'unavailable')
    return (
      <PageShell>
        <NewsletterUnavailable />
      </PageShell>
    )
  return (
    <PageShell>
      <NewsletterLinkAction
        heading={words.heading}
        // {email} stays a slot: NewsletterLinkAction puts the address there.
        explanation={fill(words.explanation, { site: site.name })}
        button={words.button}
        email={payload?.email ?? null}
        token={value}
        action={`/api/newsletter/${purpose}`}
      />
    </PageShell>
  )
}
