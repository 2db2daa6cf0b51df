import { site } from '@/config/site'
import styles from './Masthead.module.css'

/** The title's nameplate. Not a heading: each page keeps its one h1 for its own subject. */
export function Masthead() {
  return (
    <div className={styles.masthead}>
      <a href="/" className={styles.name}>
        {site.name}
      </a>
      <span className={styles.domain}>{site.domain}</span>
    </div>
  )
}
