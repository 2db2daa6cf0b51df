import { getArticleCard, getArticleParams } from '@/lib/articles'
import { shareCard } from '@/lib/share-card'

// /og/{section}/{slug}.png: each article's share card, prebuilt with the article (a scheduled
// article's card is a 404 until its time, like the article).
export const dynamic = 'force-static'
// Like the article pages: cards of articles not prebuilt are drawn on first request.
export const dynamicParams = true
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

export function generateStaticParams() {
  return getArticleParams().map((p) => ({ section: p.section, slug: `${p.slug}.png` }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params
  const article = slug.endsWith('.png') ? getArticleCard(section, slug.slice(0, -4)) : null
  if (!article) return new Response('No such article', { status: 404 })
  return shareCard({ kicker: article.section.label, headline: article.title })
}
