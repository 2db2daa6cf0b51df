import { t } from '@/config/site'
import { Masthead } from './Masthead'
import { NetworkHeader } from './NetworkHeader'
import { SearchForm } from './SearchForm'
import { SectionNav, type NavLocation } from './SectionNav'
import styles from './SiteHeader.module.css'

export function SiteHeader({ current }: { current: NavLocation }) {
  return (
    <header>
      <NetworkHeader />
      <Masthead />
      <SectionNav current={current} />
      <div className={styles.searchRow}>
        <SearchForm id="header-search" label={t.common.siteSearch} />
      </div>
    </header>
  )
}
