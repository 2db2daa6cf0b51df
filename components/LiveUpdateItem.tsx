import { t } from '@/config/site'
import type { LiveUpdateView } from '@/lib/live/types'
import styles from './LiveBlog.module.css'

/**
 * One update of a live article, with its permalink anchor and its time of day in Mexico City (its
 * day is the heading above it, components/LiveDayGroup.tsx; the pinned one, shown out of order,
 * names its day itself: `withDay`). Shared by the page (components/LiveBlog.tsx) and the polling
 * island, which shows new ones the same way. The HTML comes from lib/live/markdown.ts, which lets
 * no raw HTML or unsafe link through.
 */
export function LiveUpdateItem({
  update,
  headingLevel,
  withDay = false,
}: {
  update: LiveUpdateView
  /** 4 under a day's heading, 3 when shown on its own (pinned). */
  headingLevel: 3 | 4
  withDay?: boolean
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <article id={update.anchor} className={`${styles.update} ${update.key ? styles.key : ''}`} tabIndex={-1}>
      <p className={styles.when}>
        {withDay ? <time dateTime={update.day}>{update.dayLabel}</time> : null}
        <a href={`#${update.anchor}`} className={styles.permalink}>
          <time dateTime={update.datetime}>{update.timeLabel}</time>
        </a>
        {update.pinned ? <span className={styles.flag}>{t.live.pinned}</span> : null}
        {update.key ? <span className={styles.flag}>{t.live.keyEvent}</span> : null}
      </p>
      {update.title ? <Heading className={styles.updateTitle}>{update.title}</Heading> : null}
      <div className={styles.updateBody} dangerouslySetInnerHTML={{ __html: update.html }} />
    </article>
  )
}
