import { t } from '@/config/site'
import type { TagSummary } from '@/lib/catalogue/tags'
import styles from './ListPage.module.css'
import tagStyles from './TagList.module.css'

export function TagIndex({ tags }: { tags: TagSummary[] }) {
  return (
    <>
      <div className={styles.intro}>
        <h1 className={styles.title}>{t.tags.indexTitle}</h1>
        <p className={styles.description}>{t.tags.indexIntro}</p>
      </div>
      <ul className={tagStyles.list}>
        {tags.map((tag) => (
          <li key={tag.id}>
            <a href={tag.url}>
              {tag.label} ({tag.count})
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
