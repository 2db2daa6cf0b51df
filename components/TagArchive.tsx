import { t } from '@/config/site'
import { pluralForm } from '@/lib/brand/plural'
import { fill } from '@/lib/brand/template'
import type { Page } from '@/lib/catalogue/pagination'
import type { TagSummary } from '@/lib/catalogue/tags'
import type { ArticleCard } from '@/lib/catalogue/view-models'
import { StoryListPage } from './StoryListPage'

export function TagArchive({ tag, page }: { tag: TagSummary; page: Page<ArticleCard> }) {
  return (
    <StoryListPage
      kicker={t.tags.kicker}
      title={tag.label}
      description={fill(pluralForm(t.tags.count, tag.count), { count: tag.count })}
      page={page}
      showSection
    />
  )
}
