import { SECTIONS, type SectionId } from '@/config/sections'
import { t } from '@/config/site'
import styles from './SectionNav.module.css'

export type NavLocation = SectionId | 'home' | undefined

export function SectionNav({ current }: { current: NavLocation }) {
  return (
    <nav className={styles.nav} aria-label={t.common.sectionsNav}>
      <ul className={styles.list}>
        <li>
          <a href="/" aria-current={current === 'home' ? 'page' : undefined}>
            {t.common.home}
          </a>
        </li>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`/${s.id}`} aria-current={s.id === current ? 'page' : undefined}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
