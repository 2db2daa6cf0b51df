import type { Page } from '@/lib/pagination'
import type { ArticleCard, AuthorProfile } from '@/lib/view-models'
import { Pagination } from './Pagination'
import { ResponsiveImage } from './ResponsiveImage'
import { StoryGrid } from './StoryGrid'
import styles from './ListPage.module.css'

export function AuthorPage({ author, page }: { author: AuthorProfile; page: Page<ArticleCard> }) {
  return (
    <>
      <div className={styles.intro}>
        {author.avatar && page.page === 1 ? (
          <ResponsiveImage src={author.avatar} alt="" sizes="96px" shape="square" />
        ) : null}
        <h1 className={styles.title}>
          {author.name}
          {page.page > 1 ? <span className={styles.pageNo}> · page {page.page}</span> : null}
        </h1>
        <p className={styles.role}>{author.role}</p>
        <p className={styles.description}>{author.bio}</p>
      </div>
      <h2>Latest from {author.name}</h2>
      {page.items.length > 0 ? <StoryGrid articles={page.items} /> : <p>No published stories yet.</p>}
      <Pagination page={page} label={`${author.name}: pages`} />
    </>
  )
}
