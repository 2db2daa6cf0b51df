import type { LivePage } from '@/lib/live/merge'
import type { ArticleView } from '@/lib/catalogue/view-models'
import { LiveUpdateItem } from './LiveUpdateItem'
import { livePollerScript } from '@/lib/live/poller-script'
import styles from './LiveBlog.module.css'

/**
 * A live article's updates: its status, the key events, the pinned update, then every update
 * newest first (older ones on numbered pages). While coverage runs, a small island polls for new
 * ones and offers them; without JavaScript, reloading shows them.
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
  return (
    <section className={styles.blog} aria-labelledby="live-updates-heading">
      <h2 id="live-updates-heading" className={styles.heading}>
        {article.live ? 'Live updates' : 'Updates'}
      </h2>
      {article.live ? (
        <p className={styles.status}>
          <span className={styles.badge}>Live</span> New updates appear here as the story develops.
        </p>
      ) : (
        <p className={`${styles.status} ${styles.ended}`}>This live coverage has ended.</p>
      )}
      {live.keyEvents.length ? (
        <nav className={styles.keyEvents} aria-label="Key events">
          <h3 className={styles.subheading}>Key events</h3>
          <ol>
            {live.keyEvents.map((u) => (
              <li key={u.id}>
                {/* The update may be on an older page (or, seen from one, on the first). */}
                <a href={u.page === live.page ? `#${u.anchor}` : `${pageHref(u.page)}#${u.anchor}`}>
                  <time dateTime={u.datetime}>{u.timeLabel}</time>
                  {u.title ? `: ${u.title}` : ''}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {live.pinned.map((u) => (
        <div key={u.id} className={styles.pinned}>
          <LiveUpdateItem update={u} />
        </div>
      ))}
      {article.live && live.page === 1 && !lite ? (
        // The polling island (lib/live/poller-script.ts): new updates go into its own list.
        <div
          id="live-poller"
          className={styles.poller}
          data-known={[...live.pinned, ...live.updates].map((u) => u.id).join(' ')}
        >
          <div role="status" aria-live="polite" />
          <ol className={styles.list} />
          <script
            dangerouslySetInnerHTML={{
              __html: livePollerScript({
                root: 'live-poller',
                endpoint: `/api/live/${article.section.id}/${article.slug}`,
                buttonClass: styles.newButton ?? '',
              }),
            }}
          />
        </div>
      ) : null}
      <ol className={styles.list}>
        {live.updates.map((u) => (
          <li key={u.id}>
            <LiveUpdateItem update={u} />
          </li>
        ))}
      </ol>
      {live.totalPages > 1 ? (
        <nav className={styles.pages} aria-label="Older updates">
          <ul>
            {Array.from({ length: live.totalPages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === live.page ? (
                  <span aria-current="page">{n === 1 ? 'Latest' : `Page ${n}`}</span>
                ) : (
                  <a href={pageHref(n)}>{n === 1 ? 'Latest' : `Page ${n}`}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  )
}
