import { t } from '@/config/site'
import { fillNodes } from '@/lib/brand/fill-nodes'
import type { ArticleView } from '@/lib/catalogue/view-models'
import { Timestamp } from './Timestamp'
import styles from './FullArticle.module.css'

/** Tells an editor (in preview or `next dev`) that readers cannot see this article yet. */
export function UnpublishedNote({ article }: { article: ArticleView }) {
  if (article.draft) {
    return (
      <p className={styles.draft} role="note">
        {t.about.draftNote}
      </p>
    )
  }
  if (article.scheduled) {
    return (
      <p className={styles.draft} role="note">
        {fillNodes(t.about.scheduledNote, { date: <Timestamp iso={article.publishedAt} /> })}
      </p>
    )
  }
  return null
}
