import type { ReactNode } from 'react'
import styles from './LiveBlog.module.css'

/**
 * One day of a live article's updates (Mexico City's day): its heading, once, then its updates,
 * newest first. Shared by the page (components/LiveBlog.tsx) and the polling island, which starts
 * a new day with this same markup (the live JSON's `days`) and adds to the one shown otherwise;
 * `data-day` is how it finds it.
 */
export function LiveDayGroup({ day, label, children }: { day: string; label: string; children?: ReactNode }) {
  return (
    <div className={styles.day} data-day={day}>
      <h3 className={styles.dayHeading}>
        <time dateTime={day}>{label}</time>
      </h3>
      <ol className={styles.list}>{children}</ol>
    </div>
  )
}
