import type { ArticleCard } from '@/lib/catalogue/view-models'
import { StoryCard } from './StoryCard'
import styles from './StoryGrid.module.css'

type Props = {
  articles: ArticleCard[]
  variant?: 'standard' | 'compact'
  headingLevel?: 2 | 3
  showSection?: boolean
}

export function StoryGrid({ articles, variant = 'standard', headingLevel = 3, showSection = true }: Props) {
  return (
    <ul className={styles.grid}>
      {articles.map((a) => (
        <li key={a.url}>
          <StoryCard article={a} variant={variant} headingLevel={headingLevel} showSection={showSection} />
        </li>
      ))}
    </ul>
  )
}
