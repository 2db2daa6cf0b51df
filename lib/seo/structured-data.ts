import { site, t } from '../../config/site'
import { fill } from '../brand/template'
import { toZonedIso } from '../dates'
import { getArticleType } from '../../config/article-types'
import { RENDITIONS, renditionPath } from '../content/renditions-paths'
import type { LivePage } from '../live/merge'
import { OUTLET_BYLINE, type ArticleView, type AuthorProfile } from '../catalogue/view-models'
import { absoluteUrl, shareImagePath } from './urls'

// schema.org JSON-LD for search engines. Each function is pure: view model in, plain object out.

const abs = (path: string) => absoluteUrl(site.url, path)

// The brand's wordmark on its paper, drawn at build time (app/logo.png/route.tsx).
const LOGO = { path: '/logo.png', width: 600, height: 60 }

export function publisherJsonLd() {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${site.url}/#publisher`,
    name: site.name,
    url: `${site.url}/`,
    logo: { '@type': 'ImageObject', url: abs(LOGO.path), width: LOGO.width, height: LOGO.height },
    // The outlet's standards pages (content/pages), as Google and the Trust Project read them.
    publishingPrinciples: abs(`/about/${site.standards.ethics}`),
    ethicsPolicy: abs(`/about/${site.standards.ethics}`),
    correctionsPolicy: abs(`/about/${site.standards.corrections}`),
    ownershipFundingInfo: abs(`/about/${site.standards.ownership}`),
    masthead: abs(`/about/${site.standards.masthead}`),
    noBylinesPolicy: abs(`/about/${site.standards.bylines}`),
  }
}

/**
 * The article's images for search engines: a lead photo in the three crops Google asks for (each
 * 1200 px wide, lib/content/renditions.ts); without a photo, the generated share card.
 */
function articleImagesJsonLd(article: Pick<ArticleView, 'image' | 'section' | 'slug'>) {
  const { image } = article
  if (!image) return [{ '@type': 'ImageObject', url: abs(shareImagePath(article)), width: 1200, height: 630 }]
  return RENDITIONS.map((r) => ({
    '@type': 'ImageObject',
    url: abs(renditionPath(image.src, r.id)),
    width: r.width,
    height: r.height,
    ...(image.credit ? { creditText: image.credit } : {}),
  }))
}

/** NewsArticle, with the schema.org type of the article's kind beside it (config/article-types.ts). */
function articleSchemaType(article: Pick<ArticleView, 'type'>): string | string[] {
  const specific = getArticleType(article.type.id).schemaType
  return specific === 'NewsArticle' ? 'NewsArticle' : ['NewsArticle', specific]
}

/** An author's page: ProfilePage about a Person. */
export function authorProfileJsonLd(author: AuthorProfile) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: abs(author.url),
    mainEntity: {
      '@type': 'Person',
      '@id': `${abs(author.url)}#person`,
      name: author.name,
      url: abs(author.url),
      jobTitle: author.role,
      description: author.bio,
      worksFor: { '@id': `${site.url}/#publisher` },
      ...(author.avatar ? { image: abs(author.avatar) } : {}),
      ...(author.expertise ? { knowsAbout: author.expertise } : {}),
      ...(author.languages.length ? { knowsLanguage: author.languages } : {}),
      ...(author.sameAs.length ? { sameAs: author.sameAs } : {}),
      ...(author.email ? { email: author.email } : {}),
    },
  }
}

export function newsArticleJsonLd(article: ArticleView) {
  const url = abs(article.url)
  const outletOnly = article.authors.length === 1 && article.authors[0] === OUTLET_BYLINE
  return {
    '@context': 'https://schema.org',
    '@type': articleSchemaType(article),
    headline: article.title,
    description: article.summary,
    image: articleImagesJsonLd(article),
    datePublished: toZonedIso(new Date(article.publishedAt)),
    // The latest of `updated` and the corrections; the publication time when neither exists.
    dateModified: toZonedIso(new Date(article.updatedAt ?? article.publishedAt)),
    ...(article.corrections.length
      ? {
          correction: article.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.kind === 'clarification' ? fill(t.seo.clarification, { text: c.text }) : c.text,
            datePublished: toZonedIso(new Date(c.date)),
          })),
        }
      : {}),
    author: outletOnly
      ? [{ '@type': 'Organization', name: site.name, url: `${site.url}/` }]
      : article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: abs(a.url) })),
    publisher: publisherJsonLd(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.section.label,
    keywords: article.tags.map((t) => t.label),
    inLanguage: site.locale,
    isAccessibleForFree: true,
  }
}

/** Home › …crumbs; the last crumb is the page itself. */
export function breadcrumbJsonLd(crumbs: { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: site.name, path: '/' }, ...crumbs].map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: abs(c.path),
    })),
  }
}

export function websiteJsonLd() {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: `${site.url}/`,
    inLanguage: site.locale,
    publisher: publisherJsonLd(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}

/**
 * A live article: LiveBlogPosting with its coverage times and the updates on the page, newest
 * first; dateModified is the latest update (or the article's own last change when later).
 */
export function liveBlogJsonLd(article: ArticleView, live: LivePage) {
  const base = newsArticleJsonLd(article)
  const modified = [live.latest, article.updatedAt, article.publishedAt]
    .filter((t): t is string => Boolean(t))
    .sort()
    .at(-1)!
  const updates = [...live.pinned, ...live.updates]
  return {
    ...base,
    '@type': 'LiveBlogPosting',
    dateModified: toZonedIso(new Date(modified)),
    coverageStartTime: toZonedIso(new Date(article.publishedAt)),
    ...(article.live ? {} : { coverageEndTime: toZonedIso(new Date(modified)) }),
    liveBlogUpdate: updates.map((u) => ({
      '@type': 'BlogPosting',
      '@id': `${abs(article.url)}#${u.anchor}`,
      url: `${abs(article.url)}#${u.anchor}`,
      headline: u.title ?? (u.text.length > 110 ? `${u.text.slice(0, 107)}…` : u.text),
      datePublished: u.datetime,
      articleBody: u.text,
    })),
  }
}
