import { byNewest, type ArticleCard } from './view-models'

type Candidate = Pick<ArticleCard, 'slug' | 'publishedAt' | 'tags'> & { section: { id: string } }

/**
 * Chooses what to read next: articles sharing tags (by id, so "Water" is "water") score two points a tag, the same section one
 * point; ties go to the newer. Topped up from the same section, then from anything newest, so an
 * article always gets `min` to `max` suggestions when the archive has them. Never the article itself.
 */
export function selectRelated<T extends Candidate>(target: Candidate, candidates: readonly T[], min = 3, max = 5): T[] {
  const others = candidates.filter((c) => c.slug !== target.slug)
  const tags = new Set(target.tags.map((t) => t.id))
  const scored = others
    .map((c) => ({
      c,
      score: c.tags.filter((t) => tags.has(t.id)).length * 2 + (c.section.id === target.section.id ? 1 : 0),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || byNewest(a.c, b.c))
    .map((s) => s.c)
  const chosen = scored.slice(0, max)
  if (chosen.length >= min) return chosen
  const fill = [...others].sort(byNewest).filter((c) => !chosen.includes(c))
  return [...chosen, ...fill].slice(0, Math.min(min, max))
}
