import type { ReactNode } from 'react'
import type { NavLocation } from './SectionNav'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import styles from './PageShell.module.css'

/**
 * Header, main and footer around a page's content. Pages render it (rather than a layout) so the
 * header knows which section is current without client JavaScript.
 */
export function PageShell({ current, children }: { current?: NavLocation; children: ReactNode }) {
  return (
    <>
      <SiteHeader current={current} />
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <SiteFooter />
    </>
  )
}
