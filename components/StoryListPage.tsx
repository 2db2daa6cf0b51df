import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { Page } from '@/lib/catalogue/pagination'
import type { ArticleCard } from '@/lib/catalogue/view-models'
import { Pagination } from './Pagination'
import { StoryGrid } from './StoryGrid'
import styles from './ListPage.module.css'

/** A section front, a tag page or any other paginated list of stories under a title. */
export function StoryListPage({
  title,
  kicker,
  description,
  page,
  showSection,
}: {
  title: string
  kicker?: string
  description: string
  page: Page<ArticleCard>
  showSection: boolean
}) {
  return (
    <>
      <div className={styles.intro}>
        {kicker ? <p className={styles.role}>{kicker}</p> : null}
        <h1 className={styles.title}>
          {title}
          {page.page > 1 ? (
            <span className={styles.pageNo}> · {fill(t.lists.pageNumber, { page: page.page })}</span>
          ) : null}
        </h1>
        <p className={styles.description}>{description}</p>
      </div>
      {page.items.length > 0 ? (
        <StoryGrid articles={page.items} headingLevel={2} showSection={showSection} />
      ) : (
        <p>{t.lists.noStoriesHere}</p>
      )}
      <Pagination page={page} label={fill(t.lists.pagesLabel, { title })} />
    </>
  )
}
