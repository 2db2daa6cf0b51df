import type { ArticleBody, ArticleImageMeta, ArticleMeta, AuthorMeta } from '../content/meta'
import { getArticleType, type ArticleTypeId } from '../../config/article-types'
import { getSection, type SectionId } from '../../config/sections'
import { parseContentDate } from '../dates'
import type { LiveUpdate } from '../live/types'
import { site } from '../../config/site'
import { toTagRef, type TagRef } from './tags'

// The shapes pages render. Routes never touch contentlayer documents directly.

export type SectionRef = { id: SectionId; label: string; url: string }
export type BylineAuthor = { name: string; url: string; /** Shown with opinion pieces. */ role?: string }
type ArticleTypeRef = { id: ArticleTypeId; label: string }
export type Correction = { kind: 'correction' | 'clarification'; /** UTC ISO instant. */ date: string; text: string }
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
  type: ArticleTypeRef
  /** A live article whose coverage is running. */
  live: boolean
}

export type ArticleView = ArticleCard & {
  /** The latest of `updated` and the corrections' dates, when later than publication (lib/content/schema.ts, modifiedAt). */
  updatedAt?: string
  /** Oldest first, as they happened. */
  corrections: Correction[]
  /** A live article's `<Update>` blocks from its file (merged with posted ones: lib/live/view.ts). */
  fileUpdates: LiveUpdate[]
  readingMinutes: number
  excerpt: string
  /** True only in `next dev` or preview: readers never get drafts. */
  draft: boolean
  /** Dated in the future (so, like drafts, only in `next dev` or preview). */
  scheduled: boolean
  /** Compiled MDX, evaluated on the server only. */
  bodyCode: string
}

export type AuthorProfile = {
  id: string
  name: string
  role: string
  bio: string
  avatar?: string
  url: string
  expertise?: string
  sameAs: string[]
  languages: string[]
  email?: string
}

/** The outlet signs articles that name no author. */
export const OUTLET_BYLINE: BylineAuthor = { name: site.name, url: `/about/${site.standards.bylines}` }

const authorUrl = (id: string) => `/authors/${id}`

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
    sameAs: doc.sameAs,
    languages: doc.languages,
    ...(doc.avatar ? { avatar: doc.avatar } : {}),
    ...(doc.expertise ? { expertise: doc.expertise } : {}),
    ...(doc.email ? { email: doc.email } : {}),
  }
}

export function bylineFor(authorIds: readonly string[], authors: ReadonlyMap<string, AuthorProfile>): BylineAuthor[] {
  const named = authorIds.flatMap((id) => {
    const a = authors.get(id)
    return a ? [{ name: a.name, url: a.url, role: a.role }] : []
  })
  return named.length > 0 ? named : [OUTLET_BYLINE]
}

function toImage(image: ArticleMeta['image']): ArticleImage | undefined {
  if (!image) return undefined
  // Optional fields are left out rather than set to undefined: a missing field must not render.
  return { src: image.src, alt: image.alt, credit: image.credit, ...(image.caption ? { caption: image.caption } : {}) }
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
    type: { id: doc.articleType, label: getArticleType(doc.articleType).label },
    live: doc.live,
    ...(image ? { image } : {}),
  }
}

function toCorrections(list: ArticleMeta['corrections']): Correction[] {
  return list
    .map((c) => ({
      kind: c.kind ?? 'correction',
      date: parseContentDate(c.date)?.toISOString() ?? c.date,
      text: c.text,
    }))
    .sort((a, b) => a.date.localeCompare(b.date))
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
    corrections: toCorrections(doc.corrections),
    fileUpdates: doc.fileUpdates,
    ...(doc.modifiedAt && doc.modifiedAt !== doc.publishedAt ? { updatedAt: doc.modifiedAt } : {}),
  }
}

/** Newest first; the slug breaks ties so the order is stable across builds. */
export function byNewest<T extends { publishedAt: string; slug: string }>(a: T, b: T): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug)
}

/** One line of the corrections log: the correction and the article it belongs to. */
export type CorrectionEntry = Correction & { article: Pick<ArticleCard, 'url' | 'title' | 'section'> }

/** Every correction and clarification of these articles, newest first (ties: by article URL). */
export function toCorrectionEntries(
  docs: readonly ArticleMeta[],
  cards: ReadonlyMap<string, ArticleCard>,
): CorrectionEntry[] {
  return docs
    .flatMap((doc) => {
      const card = cards.get(doc.url)
      if (!card) return []
      const article = { url: card.url, title: card.title, section: card.section }
      return toCorrections(doc.corrections).map((c) => ({ ...c, article }))
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.article.url.localeCompare(b.article.url))
}
