import { DIVISIONS } from '@/config/divisions'
import { brandNameLang, CURRENT_BRAND_ID, NETWORK_BRANDS } from '@/config/network'
import { t } from '@/config/site'
import { formatNetworkDate, toZonedDay } from '@/lib/dates'
import { networkDateScript } from '@/lib/render/network-date-script'
import styles from './NetworkHeader.module.css'

const DATE_ID = 'network-date'

/**
 * The group's strip above the masthead: today in Mexico City, the sister brands, the divisions.
 * `dateScript` false (the lite page, which ships no JavaScript) leaves the date as rendered.
 */
export function NetworkHeader({ dateScript = true }: { dateScript?: boolean }) {
  const now = new Date()
  return (
    <nav className={styles.strip} aria-label={t.network.label}>
      <div className={styles.inner}>
        {/* Rendered at build time, then set to the reader's today by the inline script below. */}
        <time id={DATE_ID} className={styles.date} dateTime={toZonedDay(now)} suppressHydrationWarning>
          {formatNetworkDate(now)}
        </time>
        {dateScript ? <script dangerouslySetInnerHTML={{ __html: networkDateScript(DATE_ID) }} /> : null}
        <ul className={styles.brands} aria-label={t.network.brands}>
          {NETWORK_BRANDS.map((brand) => (
            <li key={brand.id}>
              {brand.id === CURRENT_BRAND_ID ? (
                <a href="/" aria-current="page" className={styles.current} lang={brandNameLang(brand)}>
                  {brand.name}
                </a>
              ) : (
                <a href={brand.url} rel="noopener" lang={brandNameLang(brand)}>
                  {brand.name}
                </a>
              )}
            </li>
          ))}
        </ul>
        <ul className={styles.divisions} aria-label={t.network.divisions}>
          {DIVISIONS.map((d) => (
            <li key={d.id}>
              <a href={`/about#division-${d.id}`}>{d.name}</a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}
