import styles from './TagList.module.css'

/** The article's topics. Plain text until tag pages exist (issue #3), so no link leads nowhere. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null
  return (
    <div className={styles.tags}>
      <h2 className={styles.heading}>Topics</h2>
      <ul className={styles.list}>
        {tags.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </div>
  )
}
