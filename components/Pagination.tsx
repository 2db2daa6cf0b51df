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
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {page.page} of {page.totalPages}
      </span>
      {page.nextUrl ? (
        <a href={page.nextUrl} rel="next">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
