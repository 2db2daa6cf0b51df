import { t } from '@/config/site'
import type { ArticleCard } from '@/lib/catalogue/view-models'
import { StoryGrid } from './StoryGrid'
import styles from './RelatedArticles.module.css'

export function RelatedArticles({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby="related-heading">
      <h2 id="related-heading" className={styles.heading}>
        {t.article.related}
      </h2>
      <StoryGrid articles={articles} variant="compact" />
    </section>
  )
}
