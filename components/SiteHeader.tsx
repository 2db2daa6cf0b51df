import { Masthead } from './Masthead'
import { NetworkHeader } from './NetworkHeader'
import { SectionNav, type NavLocation } from './SectionNav'

export function SiteHeader({ current }: { current: NavLocation }) {
  return (
    <header>
      <NetworkHeader />
      <Masthead />
      <SectionNav current={current} />
    </header>
  )
}
