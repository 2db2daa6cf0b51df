import type { Metadata } from 'next'
import { site, t } from '../../config/site'
import { fill } from '../brand/template'
import { pageUrl } from '../catalogue/pagination'
import { DEFAULT_SHARE_IMAGE } from './urls'

type PageMeta = {
  /** Page title; the layout's template adds " | " and the outlet's name. Omit for the home page. */
  title?: string
  description: string
  /** Site-relative canonical path. */
  path: string
  /** Site-relative share image (1200×630 unless `imageSize` says); the default card when omitted. */
  image?: string
  imageSize?: { width: number; height: number }
  imageAlt?: string
  /** An extra feed to announce beside the site feed (a section's own). */
  feed?: { path: string; title: string }
  article?: { publishedTime: string; modifiedTime?: string; section: string; authors: string[]; tags: string[] }
  noindex?: boolean
}

/** Every indexable page lets search engines show its images large (Google Discover needs it). */
const INDEXABLE = { index: true, follow: true, 'max-image-preview': 'large' } as const
const NOINDEX = { index: false, follow: true } as const

/**
 * Everything a page says about itself to search engines, feed readers and social cards. One
 * function, because Next merges metadata shallowly: a page that set only `alternates.canonical`
 * would silently drop the feed links, and one that set `openGraph` would drop the share image.
 */
export function pageMetadata(meta: PageMeta): Metadata {
  const image = {
    url: meta.image ?? DEFAULT_SHARE_IMAGE,
    ...(meta.imageSize ?? { width: 1200, height: 630 }),
    alt: meta.imageAlt ?? site.name,
  }
  // Social cards take a page's own title; the home page's is the brand's.
  const homeTitle = fill(t.seo.homeTitle, { name: site.name, tagline: site.tagline })
  const feeds = [{ url: '/feed.xml', title: fill(t.seo.siteFeed, { name: site.name }) }]
  if (meta.feed) feeds.push({ url: meta.feed.path, title: meta.feed.title })
  return {
    ...(meta.title ? { title: meta.title } : {}),
    description: meta.description,
    alternates: { canonical: meta.path, types: { 'application/rss+xml': feeds } },
    openGraph: {
      siteName: site.name,
      locale: site.ogLocale,
      url: meta.path,
      title: meta.title ?? homeTitle,
      description: meta.description,
      images: [image],
      ...(meta.article
        ? {
            type: 'article',
            publishedTime: meta.article.publishedTime,
            ...(meta.article.modifiedTime ? { modifiedTime: meta.article.modifiedTime } : {}),
            section: meta.article.section,
            authors: meta.article.authors,
            tags: meta.article.tags,
          }
        : { type: 'website' }),
    },
    twitter: {
      card: 'summary_large_image',
      title: meta.title ?? homeTitle,
      description: meta.description,
      images: [image],
    },
    robots: meta.noindex ? NOINDEX : INDEXABLE,
  }
}

/** Metadata of page `page` of a list at `base` (a section, a tag, an author), each page its own canonical. */
export function listPageMetadata(list: {
  title: string
  description: string
  base: string
  page: number
  feed?: PageMeta['feed']
}): Metadata {
  return pageMetadata({
    title: list.page > 1 ? fill(t.seo.listPageTitle, { title: list.title, page: list.page }) : list.title,
    description: list.description,
    path: pageUrl(list.base, list.page),
    ...(list.feed ? { feed: list.feed } : {}),
  })
}
