import { DIVISIONS } from '@/config/divisions'
import { BRANDS, NETWORK_LABEL } from '@/config/network'
import { SECTIONS } from '@/config/sections'
import { site } from '@/config/site'
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
            <a href="/about">About {site.name}</a>
          </p>
        </div>
        <nav aria-label="Our standards">
          <h2 className={styles.heading}>Our standards</h2>
          <ul className={styles.list}>
            <li>
              <a href={`/about/${site.standards.ethics}`}>Ethics and standards</a>
            </li>
            <li>
              <a href={`/about/${site.standards.corrections}`}>Corrections policy</a>
            </li>
            <li>
              <a href="/corrections">Corrections</a>
            </li>
            <li>
              <a href={`/about/${site.standards.ownership}`}>Ownership and funding</a>
            </li>
            <li>
              <a href={`/about/${site.standards.masthead}`}>Masthead</a>
            </li>
            <li>
              <a href={`/about/${site.standards.bylines}`}>Bylines policy</a>
            </li>
          </ul>
        </nav>
        <NewsletterSignup source="footer" tone="dark" />
        <nav aria-label="Sections (footer)">
          <h2 className={styles.heading}>Sections</h2>
          <ul className={styles.list}>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`/${s.id}`}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={`${NETWORK_LABEL} (footer)`}>
          <h2 className={styles.heading}>Our network</h2>
          <ul className={styles.list}>
            {BRANDS.map((b) => (
              <li key={b.id}>
                <a href={b.url} rel="noopener">
                  {b.name}
                </a>
              </li>
            ))}
          </ul>
          <p className={styles.divisions}>{DIVISIONS.map((d) => d.name).join(' · ')}</p>
        </nav>
      </div>
      <p className={styles.copy}>
        © {new Date().getUTCFullYear()} {site.name}. All rights reserved.
      </p>
    </footer>
  )
}
