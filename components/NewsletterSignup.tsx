import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
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
  const words = t.newsletter.signup
  return (
    <section className={`${styles.signup} ${tone === 'dark' ? styles.dark : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {source === 'footer' ? words.footerHeading : fill(words.heading, { site: site.name })}
      </h2>
      <p className={styles.pitch}>{words.pitch}</p>
      <NewsletterForm
        source={source}
        text={{
          emailLabel: words.emailLabel,
          button: words.button,
          trapLabel: words.trapLabel,
          offline: fill(words.offline, { site: site.name }),
        }}
      />
    </section>
  )
}
