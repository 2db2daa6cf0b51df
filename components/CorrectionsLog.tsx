import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { Page } from '@/lib/catalogue/pagination'
import type { CorrectionEntry } from '@/lib/catalogue/view-models'
import { Pagination } from './Pagination'
import { Timestamp } from './Timestamp'
import listStyles from './ListPage.module.css'
import styles from './CorrectionsLog.module.css'

/** /corrections: every correction and clarification, newest first, each linking to its article. */
export function CorrectionsLog({ page }: { page: Page<CorrectionEntry> }) {
  return (
    <>
      <div className={listStyles.intro}>
        <h1 className={listStyles.title}>
          {t.corrections.title}
          {page.page > 1 ? (
            <span className={listStyles.pageNo}> · {fill(t.corrections.pageNumber, { page: page.page })}</span>
          ) : null}
        </h1>
        <p className={listStyles.description}>
          {t.corrections.intro} <a href={`/about/${site.standards.corrections}`}>{t.corrections.policyLink}</a>.
        </p>
      </div>
      {page.items.length > 0 ? (
        <ol className={styles.list}>
          {page.items.map((c) => (
            <li key={c.article.url + c.date} className={styles.entry}>
              <p className={styles.meta}>
                <span className={styles.kind}>{t.corrections[c.kind].one}</span> <Timestamp iso={c.date} />
              </p>
              <h2 className={styles.headline}>
                <a href={c.article.url}>{c.article.title}</a>
              </h2>
              <p className={styles.text}>{c.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.corrections.empty}</p>
      )}
      <Pagination page={page} label={t.corrections.pagination} />
    </>
  )
}
