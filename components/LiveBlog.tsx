import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { groupByDay, type LivePage } from '@/lib/live/merge'
import type { ArticleView } from '@/lib/catalogue/view-models'
import { LiveDayGroup } from './LiveDayGroup'
import { LiveUpdateItem } from './LiveUpdateItem'
import { livePollerScript } from '@/lib/live/poller-script'
import styles from './LiveBlog.module.css'

/**
 * A live article's updates: its status, the key events, the pinned update, then every update
 * newest first under a heading for each day (older ones on numbered pages). While coverage runs,
 * a small island polls for new ones and offers them; without JavaScript, reloading shows them.
 */
export function LiveBlog({
  article,
  live,
  lite = false,
}: {
  article: ArticleView
  live: LivePage
  /** The lite page: no polling (reloading shows new updates). */
  lite?: boolean
}) {
  const base = article.url
  const pageHref = (n: number) => (n === 1 ? base : `${base}/updates/${n}`)
  const pageLabel = (n: number) => (n === 1 ? t.live.latestPage : fill(t.live.page, { page: n }))
  // Key events of one day show their time only; across days, their day too.
  const keyEventsOneDay = new Set(live.keyEvents.map((u) => u.day)).size <= 1
  return (
    <section className={styles.blog} aria-labelledby="live-updates-heading">
      <h2 id="live-updates-heading" className={styles.heading}>
        {article.live ? t.live.heading : t.live.headingEnded}
      </h2>
      {article.live ? (
        <p className={styles.status}>
          <span className={styles.badge}>{t.live.badge}</span> {t.live.running}
        </p>
      ) : (
        <p className={`${styles.status} ${styles.ended}`}>{t.live.ended}</p>
      )}
      {live.keyEvents.length ? (
        <nav className={styles.keyEvents} aria-label={t.live.keyEvents}>
          <h3 className={styles.subheading}>{t.live.keyEvents}</h3>
          <ol>
            {live.keyEvents.map((u) => (
              <li key={u.id}>
                {/* The update may be on an older page (or, seen from one, on the first). */}
                <a href={u.page === live.page ? `#${u.anchor}` : `${pageHref(u.page)}#${u.anchor}`}>
                  <time dateTime={u.datetime}>
                    {keyEventsOneDay ? u.timeLabel : fill(t.live.keyEventWhen, { day: u.dayLabel, time: u.timeLabel })}
                  </time>
                  {u.title ? `: ${u.title}` : ''}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {live.pinned.map((u) => (
        <div key={u.id} className={styles.pinned}>
          <LiveUpdateItem update={u} headingLevel={3} withDay />
        </div>
      ))}
      {article.live && live.page === 1 && !lite ? (
        // The polling island (lib/live/poller-script.ts): new updates go under their day's heading.
        <div
          id="live-poller"
          className={styles.poller}
          data-known={[...live.pinned, ...live.updates].map((u) => u.id).join(' ')}
        >
          <div role="status" aria-live="polite" />
          <div />
          <script
            dangerouslySetInnerHTML={{
              __html: livePollerScript({
                root: 'live-poller',
                endpoint: `/api/live/${article.section.id}/${article.slug}`,
                buttonClass: styles.newButton ?? '',
                locale: site.intlLocale,
                newUpdates: t.live.newUpdates,
              }),
            }}
          />
        </div>
      ) : null}
      {groupByDay(live.updates).map((d) => (
        <LiveDayGroup key={d.day} day={d.day} label={d.dayLabel}>
          {d.updates.map((u) => (
            <li key={u.id}>
              <LiveUpdateItem update={u} headingLevel={4} />
            </li>
          ))}
        </LiveDayGroup>
      ))}
      {live.totalPages > 1 ? (
        <nav className={styles.pages} aria-label={t.live.olderUpdates}>
          <ul>
            {Array.from({ length: live.totalPages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === live.page ? (
                  <span aria-current="page">{pageLabel(n)}</span>
                ) : (
                  <a href={pageHref(n)}>{pageLabel(n)}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  )
}
