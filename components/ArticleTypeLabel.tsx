import { t } from '@/config/site'
import type { ArticleCard } from '@/lib/catalogue/view-models'
import styles from './ArticleTypeLabel.module.css'

/**
 * "Analysis", "Opinion", "Live"…: what kind of journalism a story is, in words above its headline
 * and on its card (readers, the Trust Project and press councils ask for it). News, the default,
 * carries no label; a running live article says "Live" in the live style.
 */
export function ArticleTypeLabel({
  article,
  sectionShown,
}: {
  article: Pick<ArticleCard, 'type' | 'live' | 'section'>
  /** Whether the section kicker is shown beside it: "Opinion" is then not said twice. */
  sectionShown: boolean
}) {
  if (article.type.id === 'news') return null
  if (sectionShown && article.section.label === article.type.label) return null
  const live = article.type.id === 'live' && article.live
  return (
    <span className={`${styles.label} ${live ? styles.live : ''} ${styles[article.type.id] ?? ''}`}>
      {live ? t.article.liveNow : article.type.id === 'live' ? t.article.liveEnded : article.type.label}
    </span>
  )
}
