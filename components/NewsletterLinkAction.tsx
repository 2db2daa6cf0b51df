import { NEWSLETTER_ERRORS } from '@/lib/newsletter/messages'
import styles from './NewsletterPage.module.css'

/**
 * The page a newsletter mail links to. Following the link only shows a button; the change is
 * made by the POST, so a mail scanner opening links cannot confirm or unsubscribe anyone.
 */
export function NewsletterLinkAction({
  title,
  email,
  token,
  action,
  explanation,
  button,
}: {
  title: string
  /** The address the signed token names, or null when the link is bad or expired. */
  email: string | null
  token: string
  action: string
  explanation: string
  button: string
}) {
  if (!email) {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>This link does not work</h1>
        <p className={`${styles.message} ${styles.problem}`} role="alert">
          {NEWSLETTER_ERRORS['bad-link']}
        </p>
        <p>
          <a href="/newsletter">Go to the newsletter page</a>
        </p>
      </div>
    )
  }
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{title}</h1>
      <p>
        {explanation} <strong>{email}</strong>.
      </p>
      <form action={action} method="post">
        <input type="hidden" name="token" value={token} />
        <button className={styles.button} type="submit">
          {button}
        </button>
      </form>
    </div>
  )
}
