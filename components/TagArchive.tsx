import type { Page } from '@/lib/pagination'
import type { TagSummary } from '@/lib/tags'
import type { ArticleCard } from '@/lib/view-models'
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
