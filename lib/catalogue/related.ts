import { byNewest, type ArticleCard } from './view-models'

type Candidate = Pick<ArticleCard, 'slug' | 'publishedAt' | 'tags'> & { section: { id: string } }

/**
 * Chooses what to read next: articles sharing tags (by id, so "Water" is "water") score two points a tag, the same section one
 * point; ties go to the newer. Topped up from the same section, then from anything newest, so an
 * article always gets `min` to `max` suggestions when the archive has them. Never the article itself.
 */
export function selectRelated<T extends Candidate>(target: Candidate, candidates: readonly T[], min = 3, max = 5): T[] {
  const tags = new Set(target.tags.map((t) => t.id))
  // One pass keeping the best `max`, not a sort of every scored article: that sort ran once per
  // article page, so the build's cost grew with the square of the archive.
  type Scored = { c: T; score: number }
  const ranksBefore = (a: Scored, b: Scored) => a.score - b.score || byNewest(b.c, a.c)
  const best: Scored[] = []
  for (const c of candidates) {
    if (c.slug === target.slug) continue
    let score = c.section.id === target.section.id ? 1 : 0
    for (const t of c.tags) if (tags.has(t.id)) score += 2
    if (score === 0) continue
    const entry = { c, score }
    if (best.length >= max && (max === 0 || ranksBefore(entry, best[max - 1]!) <= 0)) continue
    let i = best.length
    while (i > 0 && ranksBefore(entry, best[i - 1]!) > 0) i--
    best.splice(i, 0, entry)
    if (best.length > max) best.pop()
  }
  const chosen = best.map((s) => s.c)
  if (chosen.length >= min) return chosen
  const fill = candidates.filter((c) => c.slug !== target.slug && !chosen.includes(c)).sort(byNewest)
  return [...chosen, ...fill].slice(0, Math.min(min, max))
}
