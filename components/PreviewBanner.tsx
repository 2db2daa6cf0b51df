import { t } from '@/config/site'
import { fillNodes } from '@/lib/brand/fill-nodes'
import styles from './PreviewBanner.module.css'

/**
 * Shown on every page while an editor is in Draft Mode. The robots meta (hoisted into the head by
 * React) keeps a preview from ever being indexed, whatever the page's own metadata says.
 */
export function PreviewBanner() {
  return (
    <div className={styles.banner} role="region" aria-label={t.about.preview}>
      <meta name="robots" content="noindex, nofollow" />
      <p className={styles.text}>{fillNodes(t.about.previewText, { preview: <strong>{t.about.preview}</strong> })}</p>
      <a className={styles.exit} href="/api/preview/exit">
        {t.about.leavePreview}
      </a>
    </div>
  )
}
