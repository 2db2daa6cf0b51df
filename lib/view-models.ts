import type { ArticleBody, ArticleImageMeta, ArticleMeta, AuthorMeta } from './content/meta'
import { getSection, type SectionId } from '../config/sections'
import { site } from '../config/site'
import { toTagRef, type TagRef } from './tags'

// The shapes pages render. Routes never touch contentlayer documents directly.

export type SectionRef = { id: SectionId; label: string; url: string }
export type BylineAuthor = { name: string; url: string }
export type ArticleImage = ArticleImageMeta

export type ArticleCard = {
  slug: string
  url: string
  title: string
  summary: string
  section: SectionRef
  /** UTC ISO instant. */
  publishedAt: string
  image?: ArticleImage
  authors: BylineAuthor[]
  tags: TagRef[]
}

export type ArticleView = ArticleCard & {
  updatedAt?: string
  readingMinutes: number
  excerpt: string
  /** True only in `next dev` or preview: readers never get drafts. */
  draft: boolean
  /** Dated in the future (so, like drafts, only in `next dev` or preview). */
  scheduled: boolean
  /** Compiled MDX, evaluated on the server only. */
  bodyCode: string
}

export type AuthorProfile = { id: string; name: string; role: string; bio: string; avatar?: string; url: string }

/** The outlet signs articles that name no author. */
export const OUTLET_BYLINE: BylineAuthor = { name: site.name, url: '/about' }

export const authorUrl = (id: string) => `/authors/${id}`

export function sectionRef(id: SectionId): SectionRef {
  return { id, label: getSection(id).label, url: `/${id}` }
}

export function toAuthorProfile(doc: AuthorMeta): AuthorProfile {
  return {
    id: doc.id,
    name: doc.name,
    role: doc.role,
    bio: doc.bio,
    url: authorUrl(doc.id),
    ...(doc.avatar ? { avatar: doc.avatar } : {}),
  }
}

export function bylineFor(authorIds: readonly string[], authors: ReadonlyMap<string, AuthorProfile>): BylineAuthor[] {
  const named = authorIds.flatMap((id) => {
    const a = authors.get(id)
    return a ? [{ name: a.name, url: a.url }] : []
  })
  return named.length > 0 ? named : [OUTLET_BYLINE]
}

function toImage(image: ArticleMeta['image']): ArticleImage | undefined {
  if (!image) return undefined
  // Optional fields are left out rather than set to undefined: a missing field must not render.
  return {
    src: image.src,
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { credit: image.credit } : {}),
  }
}

export function toArticleCard(doc: ArticleMeta, authors: ReadonlyMap<string, AuthorProfile>): ArticleCard {
  const image = toImage(doc.image)
  return {
    slug: doc.slug,
    url: doc.url,
    title: doc.title,
    summary: doc.summary,
    section: sectionRef(doc.section),
    publishedAt: doc.publishedAt,
    authors: bylineFor(doc.authors, authors),
    tags: doc.tags.map(toTagRef),
    ...(image ? { image } : {}),
  }
}

export function toArticleView(
  doc: ArticleMeta,
  body: Pick<ArticleBody, 'code'>,
  authors: ReadonlyMap<string, AuthorProfile>,
  now = Date.now(),
): ArticleView {
  return {
    ...toArticleCard(doc, authors),
    readingMinutes: doc.readingMinutes,
    draft: doc.draft,
    scheduled: !doc.draft && Date.parse(doc.publishedAt) > now,
    excerpt: doc.excerpt,
    bodyCode: body.code,
    ...(doc.updatedAt && doc.updatedAt !== doc.publishedAt ? { updatedAt: doc.updatedAt } : {}),
  }
}

/** Newest first; the slug breaks ties so the order is stable across builds. */
export function byNewest<T extends { publishedAt: string; slug: string }>(a: T, b: T): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug)
}
