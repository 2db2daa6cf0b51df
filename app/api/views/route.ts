import { isPublicArticleUrl } from '@/lib/catalogue/queries'
import { getDatabase } from '@/lib/db/database'
import { methodNotAllowed } from '@/lib/http/responses'
import { createViewsHandler } from '@/lib/most-read/beacon'

// The page-view beacon of article pages (components/ViewBeacon.tsx).
export const POST = createViewsHandler({
  db: getDatabase,
  isArticle: isPublicArticleUrl,
  secret: process.env.VIEWS_SECRET,
})

const notAllowed = () => methodNotAllowed(['POST'])
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
