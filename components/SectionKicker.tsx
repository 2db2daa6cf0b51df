import type { SectionRef } from '@/lib/catalogue/view-models'
import styles from './SectionKicker.module.css'

/** The small section label above a headline, linking to the section front. */
export function SectionKicker({ section, size = 'small' }: { section: SectionRef; size?: 'small' | 'large' }) {
  return (
    <a className={`${styles.kicker} ${size === 'large' ? styles.large : ''}`} href={section.url}>
      {section.label}
    </a>
  )
}
