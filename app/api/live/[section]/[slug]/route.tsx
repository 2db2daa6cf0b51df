import { unstable_cache } from 'next/cache'
import { LiveDayGroup } from '@/components/LiveDayGroup'
import { LiveUpdateItem } from '@/components/LiveUpdateItem'
import { getDatabase } from '@/lib/db/database'
import { methodNotAllowed } from '@/lib/http/responses'
import { findLiveArticle, publishChange, readUpdate, refuseWithoutSecret } from '@/lib/live/api'
import { createUpdate } from '@/lib/live/store'
import { liveTag } from '@/lib/live/posted'
import { getLiveView } from '@/lib/live/view'
import { getFileUpdates } from '@/lib/catalogue/queries'
import type { ArticleCard } from '@/lib/catalogue/view-models'
import { renderStaticMarkup } from '@/lib/render/static-markup'

type Params = { params: Promise<{ section: string; slug: string }> }

// GET: the live article's updates as JSON, newest first (the polling island reads it).
// POST: a new update, behind LIVE_SECRET:
//   curl -X POST -H "Authorization: Bearer $LIVE_SECRET" -H 'Content-Type: application/json' \
//        -d '{"title":"Quake alert lifted","body":"Civil protection says…","key":true}' \
//        https://…/api/live/mexico/quake-alert-live
export async function GET(_request: Request, { params }: Params) {
  const { section, slug } = await params
  const article = await findLiveArticle(section, slug, { forWriting: false })
  if (article instanceof Response) return article
  // Every reader of a running live page polls this: the JSON, update markup included, is computed
  // once per change (cached under the article's tag, which a post expires), not per request.
  const body = await unstable_cache(() => liveJson(article), ['live-json', article.url], {
    tags: [liveTag(article.url)],
    revalidate: 60,
  })()
  return Response.json(body, { headers: { 'cache-control': 'public, max-age=5, s-maxage=5' } })
}

async function liveJson(article: ArticleCard) {
  const view = await getLiveView({ url: article.url, fileUpdates: await getFileUpdates(article.url) })
  // Each with the page's own markup for it, and each day's heading (with its empty list), for the
  // island to insert (lib/live/poller-script.ts).
  const shown = [...(view?.pinned ?? []), ...(view?.updates ?? [])]
  const updates = shown.map((u) => ({
    ...u,
    itemHtml: renderStaticMarkup(<LiveUpdateItem update={u} headingLevel={4} />),
  }))
  const days = Object.fromEntries(
    shown.map((u) => [u.day, renderStaticMarkup(<LiveDayGroup day={u.day} label={u.dayLabel} />)]),
  )
  return { url: article.url, live: article.live, total: view?.total ?? 0, updates, days }
}

export async function POST(request: Request, { params }: Params) {
  const refused = await refuseWithoutSecret(request)
  if (refused) return refused
  const { section, slug } = await params
  const article = await findLiveArticle(section, slug, { forWriting: true })
  if (article instanceof Response) return article
  const update = await readUpdate(request, false)
  if (update instanceof Response) return update
  const created = await createUpdate(await getDatabase(), article.url, update)
  publishChange(article)
  return Response.json(
    { id: created.id, url: `${article.url}#update-${created.id}`, update: created },
    { status: 201, headers: { 'cache-control': 'no-store', location: `${article.url}#update-${created.id}` } },
  )
}

const notAllowed = () => methodNotAllowed(['GET', 'POST'])
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
