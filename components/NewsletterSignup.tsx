import { site } from '@/config/site'
import { NewsletterForm } from './NewsletterForm.client'
import styles from './NewsletterSignup.module.css'

/** The newsletter pitch and form, at the end of articles and in the footer. */
export function NewsletterSignup({
  source,
  tone = 'light',
}: {
  source: 'footer' | 'article' | 'page'
  tone?: 'light' | 'dark'
}) {
  const headingId = `newsletter-${source}`
  return (
    <section className={`${styles.signup} ${tone === 'dark' ? styles.dark : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {source === 'footer' ? 'Newsletter' : `Get ${site.name} by email`}
      </h2>
      <p className={styles.pitch}>
        The day&apos;s essential stories from Mexico, every weekday morning. Free; leave any time.
      </p>
      <NewsletterForm source={source} />
    </section>
  )
}
