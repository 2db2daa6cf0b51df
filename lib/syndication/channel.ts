import type { BrandConfig, Section } from '../../config/types'
import { fill } from '../brand/template'
import { absoluteUrl } from '../seo/urls'
import type { FeedChannel } from './feed'

/** What a feed or a sitemap takes from the brand it is built for (config/site.ts's `site`). */
export type SyndicationBrand = Pick<
  BrandConfig,
  'name' | 'description' | 'rssLanguage' | 'newsLanguage' | 'strings'
> & {
  /** The canonical origin (SITE_URL, else the brand's). */
  readonly url: string
}

/** The site feed's channel, or a section's: titles in the brand's words, `<language>` its RSS code. */
export function feedChannel(brand: SyndicationBrand, section?: Section): FeedChannel {
  const abs = (path: string) => absoluteUrl(brand.url, path)
  return {
    title: section ? fill(brand.strings.seo.sectionFeed, { name: brand.name, section: section.label }) : brand.name,
    link: abs(section ? `/${section.id}` : '/'),
    selfUrl: abs(section ? `/${section.id}/feed.xml` : '/feed.xml'),
    description: section ? section.description : brand.description,
    language: brand.rssLanguage,
    imageUrl: abs('/logo.png'),
    authorsList: brand.strings.seo.authorsList,
  }
}

/** The news sitemap's `<news:publication>`: ISO 639 without region, as Google News asks. */
export function newsPublication(brand: SyndicationBrand): { name: string; language: string } {
  return { name: brand.name, language: brand.newsLanguage }
}
