import { NEWSLETTER_ERRORS } from '@/lib/newsletter/messages'
import { t } from '@/config/site'
import styles from './NewsletterPage.module.css'

/** What a newsletter link page says when the database cannot be reached: nothing was changed. */
export function NewsletterUnavailable() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t.newsletter.unavailable.heading}</h1>
      <p className={`${styles.message} ${styles.problem}`} role="alert">
        {NEWSLETTER_ERRORS.unavailable} {t.newsletter.unavailable.linkStillWorks}
      </p>
    </div>
  )
}
