import type { ReactNode } from 'react'
import styles from './Mdx.module.css'

/** <PullQuote by="Name, role">Words said.</PullQuote>: a quotation set large, with its speaker. */
export function PullQuote({ children, by }: { children: ReactNode; by?: string }) {
  if (!by) return <blockquote className={styles.pullQuote}>{children}</blockquote>
  return (
    <figure className={styles.pullQuote}>
      <blockquote>{children}</blockquote>
      <figcaption>— {by}</figcaption>
    </figure>
  )
}
