import type { ReactNode } from 'react'
import styles from './Mdx.module.css'

/** <FactBox title="Key numbers">…markdown…</FactBox>: a boxed aside of facts. */
export function FactBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className={styles.factBox} aria-label={title}>
      <p className={styles.factBoxTitle}>{title}</p>
      {children}
    </aside>
  )
}
