import { t } from '@/config/site'
import styles from './SkipLink.module.css'

export function SkipLink() {
  return (
    <a className={styles.skip} href="#main">
      {t.common.skipToContent}
    </a>
  )
}
