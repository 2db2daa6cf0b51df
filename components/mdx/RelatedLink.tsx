import { t } from '@/config/site'
import styles from './Mdx.module.css'

/** <RelatedLink href="/section/slug">Headline</RelatedLink>: "Read also" inside the body. */
export function RelatedLink({ href, children }: { href: string; children: string }) {
  return (
    <p className={styles.relatedLink}>
      <span className={styles.relatedLabel}>{t.article.readAlso} </span>
      <a href={href}>{children}</a>
    </p>
  )
}
