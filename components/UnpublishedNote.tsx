import type { ArticleView } from '@/lib/catalogue/view-models'
import { Timestamp } from './Timestamp'
import styles from './FullArticle.module.css'

/** Tells an editor (in preview or `next dev`) that readers cannot see this article yet. */
export function UnpublishedNote({ article }: { article: ArticleView }) {
  if (article.draft) {
    return (
      <p className={styles.draft} role="note">
        Draft: not published. Readers cannot see this article.
      </p>
    )
  }
  if (article.scheduled) {
    return (
      <p className={styles.draft} role="note">
        Scheduled: readers will see this article from <Timestamp iso={article.publishedAt} />.
      </p>
    )
  }
  return null
}
