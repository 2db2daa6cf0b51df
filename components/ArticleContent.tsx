import { t } from '@/config/site'
import { pluralForm } from '@/lib/brand/plural'
import { fill } from '@/lib/brand/template'
import type { LivePage } from '@/lib/live/merge'
import type { ArticleView } from '@/lib/catalogue/view-models'
import { ArticleText } from './ArticleText'
import { ArticleTypeLabel } from './ArticleTypeLabel'
import { Byline } from './Byline'
import { SectionKicker } from './SectionKicker'
import { TemplateText } from './TemplateText'
import { Timestamp } from './Timestamp'
import { UnpublishedNote } from './UnpublishedNote'
import styles from './FullArticle.module.css'

/**
 * The article itself, once, for both its pages: the full page (components/FullArticle.tsx) and
 * the lite page (components/LiteArticlePage.tsx), which passes `lite` for plain small images and
 * no live polling. Its header, then what it says (components/ArticleText.tsx, which feeds render too).
 */
export function ArticleContent({
  article,
  live = null,
  lite = false,
}: {
  article: ArticleView
  live?: LivePage | null
  lite?: boolean
}) {
  return (
    <>
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
              <TemplateText template={t.article.updated} slots={{ time: <Timestamp iso={article.updatedAt} /> }} />
            </span>
          ) : null}
          <span className={styles.reading}>
            {fill(pluralForm(t.article.readingTime, article.readingMinutes), { count: article.readingMinutes })}
          </span>
        </p>
      </header>
      <ArticleText article={article} live={live} variant={lite ? 'lite' : 'page'} />
    </>
  )
}
