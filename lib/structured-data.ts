import { site } from '../config/site'
import { toZonedIso } from './dates'
import { OUTLET_BYLINE, type ArticleView } from './view-models'
import { absoluteUrl } from './xml'

// schema.org JSON-LD for search engines. Each function is pure: view model in, plain object out.

const abs = (path: string) => absoluteUrl(site.url, path)

export const LOGO = { path: '/logo.png', width: 600, height: 60 }

export function publisherJsonLd() {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${site.url}/#publisher`,
    name: site.name,
    url: `${site.url}/`,
    logo: { '@type': 'ImageObject', url: abs(LOGO.path), width: LOGO.width, height: LOGO.height },
  }
}

export const shareImagePath = (article: Pick<ArticleView, 'section' | 'slug'>) =>
  `/og/${article.section.id}/${article.slug}.png`

export function newsArticleJsonLd(article: ArticleView) {
  const url = abs(article.url)
  const outletOnly = article.authors.length === 1 && article.authors[0] === OUTLET_BYLINE
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    // The photo as published (16:9) and the 1200×630 share card: two aspect ratios.
    image: [...(article.image ? [abs(article.image.src)] : []), abs(shareImagePath(article))],
    datePublished: toZonedIso(new Date(article.publishedAt)),
    dateModified: toZonedIso(new Date(article.updatedAt ?? article.publishedAt)),
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
