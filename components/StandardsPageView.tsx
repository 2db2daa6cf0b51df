import { t } from '@/config/site'
import { fillNodes } from '@/lib/brand/fill-nodes'
import type { StandardsPage } from '@/lib/content/meta'
import { ArticleBody } from './ArticleBody'
import { Timestamp } from './Timestamp'
import styles from './StandardsPageView.module.css'

/** A standards page (ethics, corrections policy, ownership…) as its editors wrote it in MDX. */
export function StandardsPageView({ page }: { page: StandardsPage }) {
  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{page.title}</h1>
        <p className={styles.summary}>{page.summary}</p>
        {page.updatedAt ? (
          <p className={styles.updated}>
            {fillNodes(t.about.lastUpdated, { date: <Timestamp iso={page.updatedAt} /> })}
          </p>
        ) : null}
      </header>
      <ArticleBody code={page.code} />
    </article>
  )
}
