import { DIVISIONS } from '@/config/divisions'
import { BRANDS, CURRENT_BRAND_ID } from '@/config/network'
import { site } from '@/config/site'
import styles from './ListPage.module.css'

export function AboutNetwork() {
  return (
    <>
      <div className={styles.intro}>
        <h1 className={styles.title}>About {site.name}</h1>
        <p className={styles.description}>{site.description}</p>
      </div>
      <p>
        {site.name} is written and edited in Mexico City for readers who follow the country in English: residents,
        visitors, investors and anyone abroad who wants Mexico explained from Mexico. Articles signed &ldquo;By{' '}
        {site.name}&rdquo; are the work of the newsroom as a whole.
      </p>
      <h2 id="network">Our network</h2>
      <p>{site.name} is one of the sister brands of a Mexican media group:</p>
      <ul>
        {BRANDS.map((b) => (
          <li key={b.id}>{b.id === CURRENT_BRAND_ID ? <strong>{b.name}</strong> : <a href={b.url}>{b.name}</a>}</li>
        ))}
      </ul>
      <h2 id="divisions">Divisions</h2>
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
