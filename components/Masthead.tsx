import { site } from '@/config/site'
import { inlineWordmark } from '@/lib/brand/marks'
import styles from './Masthead.module.css'

const mark = inlineWordmark()

/**
 * The title's nameplate: the brand's wordmark (config/brands/{id}.wordmark.svg), named by the
 * brand's name. Not a heading: each page keeps its one h1 for its own subject.
 */
export function Masthead() {
  return (
    <div className={styles.masthead}>
      <a href="/" className={styles.name}>
        <svg
          className={styles.wordmark}
          viewBox={mark.viewBox}
          role="img"
          aria-label={site.name}
          focusable="false"
          dangerouslySetInnerHTML={{ __html: mark.markup }}
        />
      </a>
      <span className={styles.domain}>{site.domain}</span>
    </div>
  )
}
