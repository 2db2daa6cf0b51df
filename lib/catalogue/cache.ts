import type { SectionId } from '../../config/sections'
import type { ArticleMeta } from '../content/meta'
import { allArticleDocs, authorDocs, visibleArticleDocs } from '../content/source'
import { nextPublication } from '../content/visibility'
import { collectTags, type TagSummary } from './tags'
import {
  byNewest,
  toArticleCard,
  toAuthorProfile,
  toCorrectionEntries,
  type ArticleCard,
  type AuthorProfile,
  type CorrectionEntry,
} from './view-models'

// The public articles as view models, computed once per server process and again whenever a
// scheduled article's time comes (so it appears without a rebuild, through ISR). The rest of
// lib/catalogue/ reads articles through it.

type Catalogue = {
  authors: Map<string, AuthorProfile>
  /** Documents by URL: one lookup per page instead of a scan of the archive. */
  docs: Map<string, ArticleMeta>
  cards: ArticleCard[]
  cardsByUrl: Map<string, ArticleCard>
  tags: TagSummary[]
  /** Every correction and clarification of a public article, newest first. */
  corrections: CorrectionEntry[]
  /** When the public set next changes (the earliest scheduled publication). */
  validUntil: number
}
let cache: Catalogue | undefined

const cardsByUrlOf = (cards: ArticleCard[]) => new Map(cards.map((c) => [c.url, c]))

export function catalogue(now = Date.now()): Catalogue {
  if (!cache || now >= cache.validUntil) {
    const authors = cache?.authors ?? new Map(authorDocs().map((d) => [d.id, toAuthorProfile(d)]))
    const visible = visibleArticleDocs(now)
    const cards = visible.map((d) => toArticleCard(d, authors)).sort(byNewest)
    cache = {
      authors,
      docs: new Map(visible.map((d) => [d.url, d])),
      cards,
      cardsByUrl: cardsByUrlOf(cards),
      tags: collectTags(cards),
      corrections: toCorrectionEntries(visible, cardsByUrlOf(cards)),
      validUntil: nextPublication(allArticleDocs(), now),
    }
  }
  return cache
}

/** A section's public articles, newest first. */
export function sectionCards(section: SectionId): ArticleCard[] {
  return catalogue().cards.filter((a) => a.section.id === section)
}

/** An author's public articles, newest first. */
export function authorCards(author: AuthorProfile): ArticleCard[] {
  return catalogue().cards.filter((a) => a.authors.some((b) => b.url === author.url))
}

/** A tag's public articles, newest first. */
export function tagCards(id: string): ArticleCard[] {
  return catalogue().cards.filter((a) => a.tags.some((t) => t.id === id))
}
