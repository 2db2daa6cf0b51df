import { t } from '@/config/site'
import type { LivePage } from '@/lib/live/merge'
import type { MostRead } from '@/lib/most-read/most-read'
import type { ArticleCard, ArticleView } from '@/lib/catalogue/view-models'
import { ArticleContent } from './ArticleContent'
import { MostReadList } from './MostReadList'
import { NewsletterSignup } from './NewsletterSignup'
import { RelatedArticles } from './RelatedArticles'
import { TagList } from './TagList'
import { TemplateText } from './TemplateText'
import { ViewBeacon } from './ViewBeacon'
import styles from './FullArticle.module.css'

export function FullArticle({
  article,
  live = null,
  related,
  mostRead,
  countView,
}: {
  article: ArticleView
  /** A live article's updates (merged, this page of them). */
  live?: LivePage | null
  related: ArticleCard[]
  mostRead: MostRead
  /** False in preview: editors' reading is not readers' reading. */
  countView: boolean
}) {
  return (
    <>
      <article className={`${styles.article} ${article.type.id === 'opinion' ? styles.opinion : ''}`}>
        <ArticleContent article={article} live={live} />
        <TagList tags={article.tags} />
        <p className={styles.lite}>
          <TemplateText
            template={t.article.liteOffer}
            slots={{ link: <a href={`/lite${article.url}`}>{t.article.liteLink}</a> }}
          />
        </p>
        {/* React hoists it into <head>: the same article, lighter. */}
        <link rel="alternate" href={`/lite${article.url}`} title={t.article.liteLink} />
        <NewsletterSignup source="article" />
      </article>
      <RelatedArticles articles={related} />
      <MostReadList list={mostRead} />
      {countView ? <ViewBeacon /> : null}
    </>
  )
}
