import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FullArticle } from '@/components/FullArticle'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { site } from '@/config/site'
import { getArticle, getArticleParams, getRelatedArticles } from '@/lib/articles'
import { toZonedIso } from '@/lib/dates'
import { pageMetadata } from '@/lib/metadata'
import { breadcrumbJsonLd, newsArticleJsonLd, shareImagePath } from '@/lib/structured-data'

type Props = { params: Promise<{ section: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArticleParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, slug } = await params
  const article = getArticle(section, slug)
  if (!article) return {}
  return {
    ...pageMetadata({
      title: article.title,
      description: article.summary,
      path: article.url,
      image: shareImagePath(article),
      imageAlt: article.title,
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
  const article = getArticle(section, slug)
  if (!article) notFound()
  return (
    <PageShell current={article.section.id}>
      <JsonLd data={newsArticleJsonLd(article)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: article.section.label, path: article.section.url },
          { name: article.title, path: article.url },
        ])}
      />
      <FullArticle article={article} related={getRelatedArticles(article)} />
    </PageShell>
  )
}
