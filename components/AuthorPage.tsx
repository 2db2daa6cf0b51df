import type { ArticleCard, AuthorProfile } from '@/lib/view-models'
import { ResponsiveImage } from './ResponsiveImage'
import { StoryGrid } from './StoryGrid'
import styles from './ListPage.module.css'

export function AuthorPage({ author, articles }: { author: AuthorProfile; articles: ArticleCard[] }) {
  return (
    <>
      <div className={styles.intro}>
        {author.avatar ? <ResponsiveImage src={author.avatar} alt="" sizes="96px" shape="square" /> : null}
        <h1 className={styles.title}>{author.name}</h1>
        <p className={styles.role}>{author.role}</p>
        <p className={styles.description}>{author.bio}</p>
      </div>
      <h2>Latest from {author.name}</h2>
      {articles.length > 0 ? <StoryGrid articles={articles} /> : <p>No published stories yet.</p>}
    </>
  )
}
