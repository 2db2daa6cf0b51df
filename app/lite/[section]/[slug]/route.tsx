import { LiteArticlePage } from '@/components/LiteArticlePage'
import { t } from '@/config/site'
import { getArticle, getArticleCard, getArticleState } from '@/lib/catalogue/queries'
import { htmlLink, shortPageHtml } from '@/lib/http/short-page'
import { withdrawnResponse } from '@/lib/http/withdrawn-page'
import { getArticleParams } from '@/lib/catalogue/static-params'
import { getLiveView } from '@/lib/live/view'
import { renderStaticMarkup } from '@/lib/render/static-markup'

type Params = { params: Promise<{ section: string; slug: string }> }

// The lite article: the app router always ships its runtime with a page, so this is a route
// handler rendering the same components to static markup (docs/decisions/0018-…). Static like the
// article: the same articles prebuilt, the rest on first request, revalidated every minute (and
// when a live article gets an update: its data is cached under the same tag).
export const dynamicParams = true
export const revalidate = 60

export async function generateStaticParams() {
  // The article's prebuilt set, public ones only (a scheduled one renders here when its time comes).
  const params = await getArticleParams()
  const cards = await Promise.all(params.map((p) => getArticleCard(p.section, p.slug)))
  return params.filter((_, i) => cards[i] !== null)
}

export async function GET(_request: Request, { params }: Params) {
  const { section, slug } = await params
  const article = await getArticle(section, slug)
  if (!article) {
    // A withdrawn story existed: 410 with the short page. Otherwise (unknown, a draft, a story
    // scheduled for later) a 404, which the server around Next answers with the real 404 page, or
    // a 308 when the path is an alias (lib/http/not-found-filter.ts).
    if ((await getArticleState(section, slug)) === 'withdrawn') return withdrawnResponse()
    const notFound = shortPageHtml({
      title: t.errors.liteNotFound,
      heading: t.errors.liteNotFound,
      bodyHtml: htmlLink('/', t.errors.liteFrontPage).html,
    })
    return new Response(notFound, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } })
  }
  const live = article.type.id === 'live' ? await getLiveView(article) : null
  const html = `<!DOCTYPE html>${renderStaticMarkup(<LiteArticlePage article={article} live={live} />)}`
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
