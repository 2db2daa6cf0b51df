import { isNewsletterError, isNewsletterStatus, NEWSLETTER_ERRORS, NEWSLETTER_STATUS } from '@/lib/newsletter/messages'
import styles from './NewsletterPage.module.css'

/** The outcome of a sign-up, confirmation or unsubscription posted without JavaScript. */
export function NewsletterOutcome({ status, error }: { status?: unknown; error?: unknown }) {
  if (isNewsletterStatus(status)) {
    return (
      <p className={styles.message} role="status">
        {NEWSLETTER_STATUS[status]}
      </p>
    )
  }
  if (isNewsletterError(error)) {
    return (
      <p className={`${styles.message} ${styles.problem}`} role="alert">
        {NEWSLETTER_ERRORS[error]}
      </p>
    )
  }
  return null
}
