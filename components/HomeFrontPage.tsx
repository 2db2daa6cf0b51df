import { getSection } from '@/config/sections'
import { site, t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { HomeFront } from '@/lib/catalogue/front'
import type { MostRead } from '@/lib/most-read/most-read'
import { MostReadList } from './MostReadList'
import { StoryCard } from './StoryCard'
import { StoryGrid } from './StoryGrid'
import styles from './HomeFrontPage.module.css'

export function HomeFrontPage({ front, mostRead }: { front: HomeFront; mostRead: MostRead }) {
  return (
    <>
      <h1 className="visually-hidden">{fill(t.lists.homeHeading, { name: site.name })}</h1>
      {front.lead ? (
        <section aria-label={t.lists.leadStory} className={styles.lead}>
          <StoryCard article={front.lead} variant="lead" headingLevel={2} />
        </section>
      ) : (
        <p>{t.lists.noStoriesYet}</p>
      )}
      {front.topStories.length > 0 ? (
        <section aria-labelledby="top-stories" className={styles.block}>
          <h2 id="top-stories" className={styles.blockHeading}>
            {t.lists.topStories}
          </h2>
          <StoryGrid articles={front.topStories} />
        </section>
      ) : null}
      <MostReadList list={mostRead} />
      {front.sections.map(({ id, articles }) => {
        const section = getSection(id)
        return (
          <section key={id} aria-labelledby={`front-${id}`} className={styles.block}>
            <h2 id={`front-${id}`} className={styles.blockHeading}>
              <a href={`/${id}`}>{section.label}</a>
            </h2>
            <StoryGrid articles={articles} variant="compact" showSection={false} />
            <p className={styles.more}>
              <a href={`/${id}`}>{fill(t.lists.moreInSection, { section: section.label })}</a>
            </p>
          </section>
        )
      })}
    </>
  )
}
