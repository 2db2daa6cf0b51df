import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { Page } from '@/lib/catalogue/pagination'
import styles from './Pagination.module.css'

/** Previous/next links for a paginated list; React hoists the rel links into <head>. */
export function Pagination({ page, label }: { page: Page<unknown>; label: string }) {
  if (page.totalPages <= 1) return null
  return (
    <nav className={styles.pagination} aria-label={label}>
      {page.prevUrl ? <link rel="prev" href={page.prevUrl} /> : null}
      {page.nextUrl ? <link rel="next" href={page.nextUrl} /> : null}
      {page.prevUrl ? (
        <a href={page.prevUrl} rel="prev">
          {t.common.newer}
        </a>
      ) : (
        <span />
      )}
      <span>{fill(t.common.pageOf, { page: page.page, total: page.totalPages })}</span>
      {page.nextUrl ? (
        <a href={page.nextUrl} rel="next">
          {t.common.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
