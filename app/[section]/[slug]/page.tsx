import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { FullArticle } from '@/components/FullArticle'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { site } from '@/config/site'
import { getArticle, getRelatedArticles } from '@/lib/catalogue/queries'
import { getArticleParams } from '@/lib/catalogue/static-params'
import { toZonedIso } from '@/lib/dates'
import { pageMetadata } from '@/lib/seo/metadata'
import { getMostRead } from '@/lib/most-read/most-read'
import { renditionPath } from '@/lib/content/renditions-paths'
import { getLiveView } from '@/lib/live/view'
import { breadcrumbJsonLd, liveBlogJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data'
import { shareImagePath } from '@/lib/seo/urls'

// One body read per render, shared by the metadata and the page.
const loadArticle = cache((section: string, slug: string, preview: boolean) => getArticle(section, slug, { preview }))

type Props = { params: Promise<{ section: string; slug: string }> }

// Articles are prerendered (all of them, or the newest PREBUILD_ARTICLES: lib/catalogue/prebuild.ts), scheduled
// ones as a 404 until their time; any other article renders on its first request. Pages
// revalidate every minute (ISR): a scheduled article appears, and the most-read list beside
// articles stays fresh, while every request is still answered from the static cache. Unknown
// slugs render a 404, kept in Next's bounded in-memory cache on `npm start`, not at all on the
// Lambda (lib/serverless/without-not-found.ts).
export const dynamicParams = true
export const revalidate = 60

export async function generateStaticParams() {
  return getArticleParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, slug } = await params
  const article = await loadArticle(section, slug, (await draftMode()).isEnabled)
  if (!article) return {}
  return {
    ...pageMetadata({
      title: article.title,
      description: article.summary,
      path: article.url,
      // The lead photo when there is one (Google asks for the photo, not a card with text on it).
      ...(article.image
        ? {
            image: renditionPath(article.image.src, '16x9'),
            imageSize: { width: 1200, height: 675 },
            imageAlt: article.image.alt,
          }
        : { image: shareImagePath(article), imageAlt: article.title }),
      feed: { path: `/${article.section.id}/feed.xml`, title: `${site.name}: ${article.section.label}` },
      article: {
        publishedTime: toZonedIso(new Date(article.publishedAt)),
        ...(article.updatedAt ? { modifiedTime: toZonedIso(new Date(article.updatedAt)) } : {}),
        section: article.section.label,
        authors: article.authors.map((a) => a.name),
        tags: article.tags.map((t) => t.label),
      },
    }),
    authors: article.authors.map((a) => ({ name: a.name, url: a.url })),
  }
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params
  const preview = (await draftMode()).isEnabled
  const article = await loadArticle(section, slug, preview)
  // No connection() before it: the build renders the scheduled and draft articles it prerenders
  // through here, and one dynamic call there made the whole route dynamic, so no article rendered
  // on demand was cached any more (docs/decisions/0019, "Built: step 7").
  if (!article) notFound()
  const mostRead = await getMostRead()
  // A live article merges its file's updates with those posted since (lib/live/view.ts).
  const live = article.type.id === 'live' ? await getLiveView(article) : null
  return (
    <PageShell current={article.section.id}>
      <JsonLd data={live ? liveBlogJsonLd(article, live) : newsArticleJsonLd(article)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: article.section.label, path: article.section.url },
          { name: article.title, path: article.url },
        ])}
      />
      <FullArticle
        article={article}
        live={live}
        related={await getRelatedArticles(article)}
        mostRead={mostRead}
        countView={!preview}
      />
    </PageShell>
  )
}
