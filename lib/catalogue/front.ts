import { SECTION_IDS, type SectionId } from '../../config/sections'
import type { ArticleCard } from './view-models'

export type HomeFront = {
  lead?: ArticleCard
  topStories: ArticleCard[]
  sections: { id: SectionId; articles: ArticleCard[] }[]
}

/**
 * Lays out the front page from cards sorted newest first: the newest story with a picture leads,
 * the next newest are top stories, then each section shows its latest not already above.
 */
export function buildHomeFront(newestFirst: readonly ArticleCard[], topCount = 4, perSection = 4): HomeFront {
  const lead = newestFirst.find((a) => a.image) ?? newestFirst[0]
  const topStories = newestFirst.filter((a) => a !== lead).slice(0, topCount)
  const shown = new Set([lead, ...topStories])
  const sections = SECTION_IDS.map((id) => ({
    id,
    articles: newestFirst.filter((a) => a.section.id === id && !shown.has(a)).slice(0, perSection),
  })).filter((s) => s.articles.length > 0)
  return { ...(lead ? { lead } : {}), topStories, sections }
}
