import type { ArticleView } from '../catalogue/view-models'
import { livePage, mergeUpdates, type LivePage } from './merge'
import { getPostedUpdates } from './posted'

/** Page `page` of a live article's updates: its file's and the posted ones, merged. */
export async function getLiveView(
  article: Pick<ArticleView, 'url' | 'fileUpdates'>,
  page = 1,
): Promise<LivePage | null> {
  return livePage(mergeUpdates(article.fileUpdates, await getPostedUpdates(article.url)), page)
}
