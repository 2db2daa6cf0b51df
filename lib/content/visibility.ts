/**
 * Whether an article is public: not a draft and not dated in the future. Kept apart from the
 * contentlayer reader so search and the benchmark can apply the same rule without loading content.
 */
export function isPublished(doc: { draft: boolean; publishedAt: string }, now: number): boolean {
  return !doc.draft && Date.parse(doc.publishedAt) <= now
}
