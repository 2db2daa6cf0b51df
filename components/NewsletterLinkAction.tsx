import { NEWSLETTER_ERRORS } from '@/lib/newsletter/messages'
import { t } from '@/config/site'
import styles from './NewsletterPage.module.css'

/**
 * The page a newsletter mail links to. Following the link only shows a button; the change is
 * made by the POST, so a mail scanner opening links cannot confirm or unsubscribe anyone.
 */
export function NewsletterLinkAction({
  heading,
  email,
  token,
  action,
  explanation,
  button,
}: {
  heading: string
  /** The address the signed token names, or null when the link is bad or expired. */
  email: string | null
  token: string
  action: string
  /** The sentence before the button, with an `{email}` slot where the address goes (in bold). */
  explanation: string
  button: string
}) {
  if (!email) {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t.newsletter.badLink.heading}</h1>
        <p className={`${styles.message} ${styles.problem}`} role="alert">
          {NEWSLETTER_ERRORS['bad-link']}
        </p>
        <p>
          <a href="/newsletter">{t.newsletter.badLink.backLink}</a>
        </p>
      </div>
    )
  }
  // The address sits where the brand's sentence puts it, so any word order works.
  const [before = '', ...after] = explanation.split('{email}')
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{heading}</h1>
      <p>
        {before}
        <strong>{email}</strong>
        {after.join('{email}')}
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
