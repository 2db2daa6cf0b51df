import { DIVISIONS } from '@/config/divisions'
import { brandNameLang, CURRENT_BRAND_ID, NETWORK_BRANDS } from '@/config/network'
import { SECTIONS } from '@/config/sections'
import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { NewsletterSignup } from './NewsletterSignup'
import styles from './SiteFooter.module.css'

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div>
          <p className={styles.name}>{site.name}</p>
          <p className={styles.tagline}>{site.tagline}</p>
          <p>
            <a href="/about">{fill(t.footer.about, { name: site.name })}</a>
          </p>
        </div>
        <nav aria-label={t.footer.standards}>
          <h2 className={styles.heading}>{t.footer.standards}</h2>
          <ul className={styles.list}>
            <li>
              <a href={`/about/${site.standards.ethics}`}>{t.footer.ethics}</a>
            </li>
            <li>
              <a href={`/about/${site.standards.corrections}`}>{t.footer.correctionsPolicy}</a>
            </li>
            <li>
              <a href="/corrections">{t.footer.corrections}</a>
            </li>
            <li>
              <a href={`/about/${site.standards.ownership}`}>{t.footer.ownership}</a>
            </li>
            <li>
              <a href={`/about/${site.standards.masthead}`}>{t.footer.masthead}</a>
            </li>
            <li>
              <a href={`/about/${site.standards.bylines}`}>{t.footer.bylines}</a>
            </li>
          </ul>
        </nav>
        <NewsletterSignup source="footer" tone="dark" />
        <nav aria-label={t.footer.sectionsLabel}>
          <h2 className={styles.heading}>{t.footer.sections}</h2>
          <ul className={styles.list}>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`/${s.id}`}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t.footer.networkLabel}>
          <h2 className={styles.heading}>{t.footer.network}</h2>
          <ul className={styles.list}>
            {NETWORK_BRANDS.map((b) => (
              <li key={b.id}>
                {b.id === CURRENT_BRAND_ID ? (
                  <a href="/" aria-current="page" lang={brandNameLang(b)}>
                    {b.name}
                  </a>
                ) : (
                  <a href={b.url} rel="noopener" lang={brandNameLang(b)}>
                    {b.name}
                  </a>
                )}
              </li>
            ))}
          </ul>
          <p className={styles.divisions}>{DIVISIONS.map((d) => d.name).join(' · ')}</p>
        </nav>
      </div>
      <p className={styles.copy}>{fill(t.footer.copyright, { year: new Date().getUTCFullYear(), name: site.name })}</p>
    </footer>
  )
}
