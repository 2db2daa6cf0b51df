import { t } from '@/config/site'
import type { TagRef } from '@/lib/catalogue/tags'
import styles from './TagList.module.css'

export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null
  return (
    <nav className={styles.tags} aria-labelledby="topics-heading">
      <h2 id="topics-heading" className={styles.heading}>
        {t.article.topics}
      </h2>
      <ul className={styles.list}>
        {tags.map((tag) => (
          <li key={tag.id}>
            <a href={tag.url} rel="tag">
              {tag.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
