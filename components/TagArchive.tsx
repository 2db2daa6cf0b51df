import type { Page } from '@/lib/catalogue/pagination'
import type { TagSummary } from '@/lib/catalogue/tags'
import type { ArticleCard } from '@/lib/catalogue/view-models'
import { StoryListPage } from './StoryListPage'

export function TagArchive({ tag, page }: { tag: TagSummary; page: Page<ArticleCard> }) {
  return (
    <StoryListPage
      kicker="Topic"
      title={tag.label}
      description={`${tag.count} ${tag.count === 1 ? 'story' : 'stories'}, newest first.`}
      page={page}
      showSection
    />
  )
}
