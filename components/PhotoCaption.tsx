import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import styles from './PhotoCaption.module.css'

/**
 * "Caption text, photo: Credit". Every figure gets a figcaption: with neither caption nor credit
 * it says nothing visible but keeps the figure's structure (the alt text describes the image).
 */
export function PhotoCaption({ caption, credit }: { caption?: string | undefined; credit?: string | undefined }) {
  if (!caption && !credit) return null
  return (
    <figcaption className={styles.caption}>
      {caption}
      {caption && credit ? ', ' : null}
      {credit ? <span className={styles.credit}>{fill(t.article.photoCredit, { credit })}</span> : null}
    </figcaption>
  )
}
