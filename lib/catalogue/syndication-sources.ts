import { SECTION_IDS, type SectionId } from '../../config/sections'
import { articleBody } from '../content/bodies'
import { authorCards, currentCatalogue, sectionCards, tagCards } from './cache'
import { toArticleView, type ArticleCard, type ArticleView } from './view-models'

// What the feeds and sitemaps list (lib/syndication/syndication.ts renders them).

/** The newest articles, whole, for feeds: only these bodies are read. */
export async function getFeedSources(limit: number, section?: SectionId): Promise<ArticleView[]> {
  const { cards, docs, authors, published } = await currentCatalogue()
  const chosen = cards.filter((c) => !section || c.section.id === section).slice(0, limit)
  return Promise.all(
    chosen.map(async (c) => {
      const doc = docs.get(c.url)!
      return toArticleView(doc, await articleBody(doc, published.get(doc.url)), authors)
    }),
  )
}

/** Everything the sitemap lists, each with the time it last changed. */
export async function getSitemapSources() {
  const c = await currentCatalogue()
  const { cards, authors, tags, docs } = c
  // The same rule as dateModified: the latest of `updated` and the corrections (lib/content/schema.ts).
  const lastmod = (c: ArticleCard) => docs.get(c.url)?.modifiedAt || c.publishedAt
  const newestOf = (list: ArticleCard[]) => (list[0] ? lastmod(list[0]) : undefined)
  return {
    articles: cards.map((c) => ({ url: c.url, lastmod: lastmod(c), title: c.title, publishedAt: c.publishedAt })),
    home: newestOf(cards),
    sections: SECTION_IDS.map((id) => ({ url: `/${id}`, lastmod: newestOf(sectionCards(c, id)) })),
    authors: [...authors.values()].map((a) => ({ url: a.url, lastmod: newestOf(authorCards(c, a)) })),
    tags: tags.map((t) => ({ url: t.url, lastmod: newestOf(tagCards(c, t.id)) })),
  }
}
