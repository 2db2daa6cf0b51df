import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FullArticle } from '@/components/FullArticle'
import { PageShell } from '@/components/PageShell'
import { getArticle, getArticleParams, getRelatedArticles } from '@/lib/articles'
import { toZonedIso } from '@/lib/dates'

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
    title: article.title,
    description: article.summary,
    alternates: { canonical: article.url },
    authors: article.authors.map((a) => ({ name: a.name, url: a.url })),
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary,
      url: article.url,
      publishedTime: toZonedIso(new Date(article.publishedAt)),
      ...(article.updatedAt ? { modifiedTime: toZonedIso(new Date(article.updatedAt)) } : {}),
      section: article.section.label,
      ...(article.image ? { images: [{ url: article.image.src, alt: article.image.alt }] } : {}),
    },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params
  const article = getArticle(section, slug)
  if (!article) notFound()
  return (
    <PageShell current={article.section.id}>
      <FullArticle article={article} related={getRelatedArticles(article)} />
    </PageShell>
  )
}
