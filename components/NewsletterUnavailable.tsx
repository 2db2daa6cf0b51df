import { NEWSLETTER_ERRORS } from '@/lib/newsletter/messages'
import styles from './NewsletterPage.module.css'

/** What a newsletter link page says when the database cannot be reached: nothing was changed. */
export function NewsletterUnavailable() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>The newsletter is unavailable right now</h1>
      <p className={`${styles.message} ${styles.problem}`} role="alert">
        {NEWSLETTER_ERRORS.unavailable} Your link still works: open it again in a few minutes.
      </p>
    </div>
  )
}
