import type { LiveUpdateView } from '@/lib/live/types'
import styles from './LiveBlog.module.css'

/**
 * One update of a live article, with its permalink anchor and its time in Mexico City. Shared by
 * the page (components/LiveBlog.tsx) and the polling island, which shows new ones the same way.
 * The HTML comes from lib/live/markdown.ts, which lets no raw HTML or unsafe link through.
 */
export function LiveUpdateItem({ update, headingLevel = 3 }: { update: LiveUpdateView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article id={update.anchor} className={`${styles.update} ${update.key ? styles.key : ''}`} tabIndex={-1}>
      <p className={styles.when}>
        <a href={`#${update.anchor}`} className={styles.permalink}>
          <time dateTime={update.datetime}>{update.timeLabel}</time>
        </a>
        {update.pinned ? <span className={styles.flag}>Pinned</span> : null}
        {update.key ? <span className={styles.flag}>Key event</span> : null}
      </p>
      {update.title ? <Heading className={styles.updateTitle}>{update.title}</Heading> : null}
      <div className={styles.updateBody} dangerouslySetInnerHTML={{ __html: update.html }} />
    </article>
  )
}
