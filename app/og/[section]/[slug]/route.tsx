import { t } from '@/config/site'
import { getArticleCard, getArticleState } from '@/lib/catalogue/queries'
import { SHORT_CACHE } from '@/lib/http/withdrawn-page'
import { shareCard } from '@/lib/share-card/share-card'

// /og/{section}/{slug}.png: each article's share card (a scheduled article's card is a 404 until
// its time, like the article; a withdrawn one's a 410). Cached like a page (ISR) once drawn.
export const dynamic = 'force-static'
export const dynamicParams = true
// Revalidate every minute (ISR) so a scheduled article appears here without a rebuild.
export const revalidate = 60

// None prebuilt: a card is fetched by a social network's crawler when a story is shared, not by
// readers, and drawing every card was a quarter of `next build` (≈26 ms each; docs/performance.md).
// The first request draws it (≈50 ms), then it is served from the cache.
export function generateStaticParams(): { section: string; slug: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params
  const article = slug.endsWith('.png') ? await getArticleCard(section, slug.slice(0, -4)) : null
  if (!article) {
    const withdrawn = slug.endsWith('.png') && (await getArticleState(section, slug.slice(0, -4))) === 'withdrawn'
    return withdrawn
      ? new Response(t.errors.cardWithdrawn, { status: 410, headers: { 'cache-control': SHORT_CACHE } })
      : new Response(t.errors.cardNotFound, { status: 404 })
  }
  return shareCard({ kicker: article.section.label, headline: article.title })
}
