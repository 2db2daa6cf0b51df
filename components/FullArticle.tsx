import type { MostRead } from '@/lib/most-read/most-read'
import type { ArticleCard, ArticleView } from '@/lib/view-models'
import { ArticleBody } from './ArticleBody'
import { ArticleTypeLabel } from './ArticleTypeLabel'
import { CorrectionNotice } from './CorrectionNotice'
import { Byline } from './Byline'
import { LeadFigure } from './LeadFigure'
import { MostReadList } from './MostReadList'
import { NewsletterSignup } from './NewsletterSignup'
import { RelatedArticles } from './RelatedArticles'
import { SectionKicker } from './SectionKicker'
import { TagList } from './TagList'
import { UnpublishedNote } from './UnpublishedNote'
import { ViewBeacon } from './ViewBeacon'
import { Timestamp } from './Timestamp'
import styles from './FullArticle.module.css'

export function FullArticle({
  article,
  related,
  mostRead,
  countView,
}: {
  article: ArticleView
  related: ArticleCard[]
  mostRead: MostRead
  /** False in preview: editors' reading is not readers' reading. */
  countView: boolean
}) {
  return (
    <>
      <article className={`${styles.article} ${article.type.id === 'opinion' ? styles.opinion : ''}`}>
        <UnpublishedNote article={article} />
        <header className={styles.header}>
          <p className={styles.kickers}>
            <SectionKicker section={article.section} size="large" />
            <ArticleTypeLabel article={article} sectionShown />
          </p>
          <h1 className={styles.title}>{article.title}</h1>
          <p className={styles.dek}>{article.summary}</p>
          <p className={styles.meta}>
            <span className={styles.byline}>
              <Byline authors={article.authors} roles={article.type.id === 'opinion'} />
            </span>
            <span aria-hidden="true"> · </span>
            <Timestamp iso={article.publishedAt} />
            {article.updatedAt ? (
              <span className={styles.updated}>
                Updated <Timestamp iso={article.updatedAt} />
              </span>
            ) : null}
            <span className={styles.reading}>{article.readingMinutes} min read</span>
          </p>
        </header>
        <CorrectionNotice items={article.corrections} kind="correction" />
        {article.image ? <LeadFigure image={article.image} /> : null}
        <ArticleBody code={article.bodyCode} />
        <CorrectionNotice items={article.corrections} kind="clarification" />
        <TagList tags={article.tags} />
        <NewsletterSignup source="article" />
      </article>
      <RelatedArticles articles={related} />
      <MostReadList list={mostRead} />
      {countView ? <ViewBeacon /> : null}
    </>
  )
}
