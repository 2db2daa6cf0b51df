import { t } from '@/config/site'
import type { MostRead } from '@/lib/most-read/most-read'
import styles from './MostReadList.module.css'

/** "Most read": the top stories of the last 24 hours, numbered, or the newest before there are reads. */
export function MostReadList({ list, id = 'most-read' }: { list: MostRead; id?: string }) {
  return (
    <section className={styles.box} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {t.lists.mostRead}
      </h2>
      {list.basedOnReads ? null : <p className={styles.note}>{t.lists.mostReadNoFigures}</p>}
      <ol className={styles.list}>
        {list.items.map((c) => (
          <li key={c.url} className={styles.item}>
            <a href={c.url}>{c.title}</a>
          </li>
        ))}
      </ol>
    </section>
  )
}
