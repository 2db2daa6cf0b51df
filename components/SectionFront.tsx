import type { SectionRef, ArticleCard } from '@/lib/view-models'
import type { Page } from '@/lib/pagination'
import { Pagination } from './Pagination'
import { StoryGrid } from './StoryGrid'
import styles from './ListPage.module.css'

export function SectionFront({
  section,
  description,
  page,
}: {
  section: SectionRef
  description: string
  page: Page<ArticleCard>
}) {
  return (
    <>
      <div className={styles.intro}>
        <h1 className={styles.title}>
          {section.label}
          {page.page > 1 ? <span className={styles.pageNo}> · page {page.page}</span> : null}
        </h1>
        <p className={styles.description}>{description}</p>
      </div>
      {page.items.length > 0 ? (
        <StoryGrid articles={page.items} headingLevel={2} showSection={false} />
      ) : (
        <p>No stories in this section yet.</p>
      )}
      <Pagination page={page} label={`${section.label} pages`} />
    </>
  )
}
