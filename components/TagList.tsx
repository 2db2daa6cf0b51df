import type { TagRef } from '@/lib/catalogue/tags'
import styles from './TagList.module.css'

export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null
  return (
    <nav className={styles.tags} aria-labelledby="topics-heading">
      <h2 id="topics-heading" className={styles.heading}>
        Topics
      </h2>
      <ul className={styles.list}>
        {tags.map((t) => (
          <li key={t.id}>
            <a href={t.url} rel="tag">
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
