import { site, t } from '@/config/site'
import type { Metadata } from 'next'
import { NewsletterOutcome } from '@/components/NewsletterOutcome'
import { NewsletterSignup } from '@/components/NewsletterSignup'
import { PageShell } from '@/components/PageShell'
import { pageMetadata } from '@/lib/seo/metadata'
import styles from '@/components/NewsletterPage.module.css'

export const metadata: Metadata = pageMetadata({
  title: t.newsletter.page.metaTitle,
  description: t.newsletter.page.description,
  path: '/newsletter',
})

type Props = { searchParams: Promise<{ status?: string | string[]; error?: string | string[] }> }

export default async function NewsletterPage({ searchParams }: Props) {
  const { status, error } = await searchParams
  return (
    <PageShell>
      <div className={styles.page}>
        <h1 className={styles.title}>{site.newsletter.name}</h1>
        <NewsletterOutcome status={status} error={error} />
        <NewsletterSignup source="page" />
      </div>
    </PageShell>
  )
}
