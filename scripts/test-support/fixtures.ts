import type { SectionId } from '../../config/sections'
import { toTagRef } from '../../lib/catalogue/tags'
import { sectionRef, type ArticleCard } from '../../lib/catalogue/view-models'

/** A minimal article card for unit tests of list transforms. */
export function card(
  slug: string,
  section: SectionId,
  publishedAt: string,
  tags: string[] = [],
  image = false,
): ArticleCard {
  return {
    slug,
    url: `/${section}/${slug}`,
    title: slug,
    summary: '',
    section: sectionRef(section),
    publishedAt,
    authors: [],
    tags: tags.map(toTagRef),
    type: { id: 'news', label: 'News' },
    live: false,
    ...(image ? { image: { src: '/x.jpg', alt: 'x', credit: 'c' } } : {}),
  }
}
