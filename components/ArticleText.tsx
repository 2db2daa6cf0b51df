import type { LivePage } from '@/lib/live/merge'
import type { ArticleView } from '@/lib/catalogue/view-models'
import { ArticleBody } from './ArticleBody'
import { CorrectionNotice } from './CorrectionNotice'
import { LeadFigure } from './LeadFigure'
import { LiveBlog } from './LiveBlog'
import { liteMdxComponents } from './mdx/liteMdxComponents'

/** Where the article is shown: its page, its lite page, or a feed item (lib/syndication/feed-html.tsx). */
type ArticleTextVariant = 'page' | 'lite' | 'feed'

/**
 * What an article says, below its header: corrections, lead photo, body, live updates,
 * clarifications. The one renderer of a body, for the page, the lite page and the feeds, so a feed
 * reader sees what the page shows. A feed leaves the lead photo to the item's enclosure, and
 * neither a feed nor the lite page polls for live updates.
 */
export function ArticleText({
  article,
  live,
  variant,
}: {
  article: ArticleView
  live: LivePage | null
  variant: ArticleTextVariant
}) {
  const lite = variant === 'lite'
  return (
    <>
      <CorrectionNotice items={article.corrections} kind="correction" />
      {article.image && variant !== 'feed' ? <LeadFigure image={article.image} lite={lite} /> : null}
      <ArticleBody code={article.bodyCode} {...(lite ? { components: liteMdxComponents } : {})} />
      {live ? <LiveBlog article={article} live={live} lite={variant !== 'page'} /> : null}
      <CorrectionNotice items={article.corrections} kind="clarification" />
    </>
  )
}
