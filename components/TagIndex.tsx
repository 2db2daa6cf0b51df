import type { TagSummary } from '@/lib/catalogue/tags'
import styles from './ListPage.module.css'
import tagStyles from './TagList.module.css'

export function TagIndex({ tags }: { tags: TagSummary[] }) {
  return (
    <>
      <div className={styles.intro}>
        <h1 className={styles.title}>Topics</h1>
        <p className={styles.description}>Every topic we cover, most written about first.</p>
      </div>
      <ul className={tagStyles.list}>
        {tags.map((t) => (
          <li key={t.id}>
            <a href={t.url}>
              {t.label} ({t.count})
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
