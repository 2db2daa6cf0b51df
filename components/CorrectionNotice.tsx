import { site, t } from '@/config/site'
import { pluralForm } from '@/lib/brand/plural'
import type { Correction } from '@/lib/catalogue/view-models'
import { Timestamp } from './Timestamp'
import styles from './CorrectionNotice.module.css'

/**
 * Corrections sit at the top of the article, where no reader can miss them; clarifications (more
 * context, nothing was wrong) at the end. Each is dated; the log of all of them is /corrections.
 */
export function CorrectionNotice({ items, kind }: { items: Correction[]; kind: Correction['kind'] }) {
  const shown = items.filter((c) => c.kind === kind)
  if (shown.length === 0) return null
  const heading = pluralForm(t.corrections[kind], shown.length)
  return (
    <aside className={`${styles.notice} ${styles[kind]}`} aria-label={heading}>
      <h2 className={styles.heading}>{heading}</h2>
      <ul className={styles.list}>
        {shown.map((c) => (
          <li key={c.date + c.text}>
            <Timestamp iso={c.date} />: {c.text}
          </li>
        ))}
      </ul>
      <p className={styles.policy}>
        <a href={`/about/${site.standards.corrections}`}>{t.corrections.policyLink}</a> ·{' '}
        <a href="/corrections">{t.corrections.allLink}</a>
      </p>
    </aside>
  )
}
