import { site } from '@/config/site'
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
          Corrections and clarifications
          {page.page > 1 ? <span className={listStyles.pageNo}> · page {page.page}</span> : null}
        </h1>
        <p className={listStyles.description}>
          When {site.name} gets something wrong, we say so on the article and list it here.{' '}
          <a href={`/about/${site.standards.corrections}`}>How we correct our work</a>.
        </p>
      </div>
      {page.items.length > 0 ? (
        <ol className={styles.list}>
          {page.items.map((c) => (
            <li key={c.article.url + c.date} className={styles.entry}>
              <p className={styles.meta}>
                <span className={styles.kind}>{c.kind === 'clarification' ? 'Clarification' : 'Correction'}</span>{' '}
                <Timestamp iso={c.date} />
              </p>
              <h2 className={styles.headline}>
                <a href={c.article.url}>{c.article.title}</a>
              </h2>
              <p className={styles.text}>{c.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>No corrections yet.</p>
      )}
      <Pagination page={page} label="Corrections: pages" />
    </>
  )
}
