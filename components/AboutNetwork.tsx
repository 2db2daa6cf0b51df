import { DIVISIONS } from '@/config/divisions'
import { brandNameLang, CURRENT_BRAND_ID, NETWORK_BRANDS } from '@/config/network'
import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import styles from './ListPage.module.css'

export function AboutNetwork() {
  return (
    <>
      <div className={styles.intro}>
        <h1 className={styles.title}>{fill(t.about.title, { name: site.name })}</h1>
        <p className={styles.description}>{site.description}</p>
      </div>
      <p>{fill(t.about.intro, { name: site.name })}</p>
      <h2 id="network">{t.about.network}</h2>
      <p>{fill(t.about.networkIntro, { name: site.name })}</p>
      <ul>
        {NETWORK_BRANDS.map((b) => (
          <li key={b.id}>
            {b.id === CURRENT_BRAND_ID ? (
              // This brand, on its own site: named, not linked.
              <strong aria-current="true" lang={brandNameLang(b)}>
                {b.name}
              </strong>
            ) : (
              <a href={b.url} lang={brandNameLang(b)}>
                {b.name}
              </a>
            )}
          </li>
        ))}
      </ul>
      <h2 id="divisions">{t.about.divisions}</h2>
      <dl>
        {DIVISIONS.map((d) => (
          <div key={d.id} id={`division-${d.id}`}>
            <dt>
              <strong>{d.name}</strong>
            </dt>
            <dd>{d.description}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}
