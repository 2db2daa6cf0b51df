import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'
import { PreviewBanner } from './PreviewBanner'
import type { NavLocation } from './SectionNav'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import styles from './PageShell.module.css'

/**
 * Header, main and footer around a page's content. Pages render it (rather than a layout) so the
 * header knows which section is current without client JavaScript.
 */
export async function PageShell({ current, children }: { current?: NavLocation; children: ReactNode }) {
  // Reading Draft Mode keeps static pages static: it is false at build time and for readers.
  const preview = (await draftMode()).isEnabled
  return (
    <>
      <SiteHeader current={current} />
      {preview ? <PreviewBanner /> : null}
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <SiteFooter />
    </>
  )
}
