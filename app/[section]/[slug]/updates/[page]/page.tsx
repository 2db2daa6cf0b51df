import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LiveBlog } from '@/components/LiveBlog'
import { PageShell } from '@/components/PageShell'
import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import { fillNodes } from '@/lib/brand/fill-nodes'
import { getArticle } from '@/lib/catalogue/queries'
import { getLiveView } from '@/lib/live/view'
import { pageMetadata } from '@/lib/seo/metadata'
import { parseArchivePage } from '@/lib/catalogue/pagination'

type Props = { params: Promise<{ section: string; slug: string; page: string }> }

// Older updates of a live article, 50 a page (lib/live/merge.ts); page 1 is the article itself.
// Rendered on first request and cached like the article, refreshed when an update is posted.
export const dynamicParams = true
export const revalidate = 60

export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const { section, slug, page } = await params
  const n = parseArchivePage(page)
  const article = n ? await getArticle(section, slug) : null
  if (!n || !article || article.type.id !== 'live') return null
  const live = await getLiveView(article, n)
  return live ? { article, live } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const { article, live } = found
  return pageMetadata({
    title: fill(t.seo.liveUpdatesTitle, { title: article.title, page: live.page }),
    description: article.summary,
    path: `${article.url}/updates/${live.page}`,
    noindex: true,
  })
}

export default async function LiveUpdatesPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { article, live } = found
  // The title is a link: the words on either side of its slot, in the brand's order.
  return (
    <PageShell current={article.section.id}>
      <h1>
        {fillNodes(t.lists.earlierUpdates, { title: <a href={article.url}>{article.title}</a>, page: live.page })}
      </h1>
      <LiveBlog article={article} live={live} />
    </PageShell>
  )
}
