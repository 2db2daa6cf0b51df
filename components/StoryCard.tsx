import type { ArticleCard } from '@/lib/catalogue/view-models'
import { ArticleTypeLabel } from './ArticleTypeLabel'
import { ResponsiveImage } from './ResponsiveImage'
import { SectionKicker } from './SectionKicker'
import { Timestamp } from './Timestamp'
import styles from './StoryCard.module.css'

type Props = {
  article: ArticleCard
  /** "lead" is the front page's main story; "compact" drops the picture and summary. */
  variant?: 'lead' | 'standard' | 'compact'
  headingLevel?: 2 | 3
  showSection?: boolean
}

export function StoryCard({ article, variant = 'standard', headingLevel = 3, showSection = true }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const withImage = variant !== 'compact' && article.image
  return (
    <article className={`${styles.card} ${styles[variant]}`}>
      {withImage && article.image ? (
        <ResponsiveImage
          src={article.image.src}
          alt={article.image.alt}
          lead={variant === 'lead'}
          sizes={
            variant === 'lead'
              ? '(min-width: 60rem) 40rem, 100vw'
              : '(min-width: 60rem) 20rem, (min-width: 36rem) 45vw, 100vw'
          }
        />
      ) : null}
      <div className={styles.text}>
        {showSection ? <SectionKicker section={article.section} /> : null}
        <ArticleTypeLabel article={article} sectionShown={showSection} />
        <Heading className={styles.title}>
          <a href={article.url}>{article.title}</a>
        </Heading>
        {variant !== 'compact' ? <p className={styles.summary}>{article.summary}</p> : null}
        <p className={styles.meta}>
          <Timestamp iso={article.publishedAt} style="short" />
        </p>
      </div>
    </article>
  )
}
