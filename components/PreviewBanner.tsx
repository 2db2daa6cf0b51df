import styles from './PreviewBanner.module.css'

/**
 * Shown on every page while an editor is in Draft Mode. The robots meta (hoisted into the head by
 * React) keeps a preview from ever being indexed, whatever the page's own metadata says.
 */
export function PreviewBanner() {
  return (
    <div className={styles.banner} role="region" aria-label="Preview">
      <meta name="robots" content="noindex, nofollow" />
      <p className={styles.text}>
        <strong>Preview</strong>: you are seeing drafts and scheduled articles that readers cannot see.
      </p>
      <a className={styles.exit} href="/api/preview/exit">
        Leave preview
      </a>
    </div>
  )
}
