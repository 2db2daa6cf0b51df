/**
 * Whether an article is public: not a draft and not dated in the future. Kept apart from the
 * contentlayer reader so search and the benchmark can apply the same rule without loading content.
 */
export function isPublished(doc: { draft: boolean; publishedAt: string }, now: number): boolean {
  return !doc.draft && Date.parse(doc.publishedAt) <= now
}

/**
 * The next moment the set of public articles changes: the earliest scheduled (future, not draft)
 * publication after `now`, or Infinity. Caches of the public set stay valid until then.
 */
export function nextPublication(docs: readonly { draft: boolean; publishedAt: string }[], now: number): number {
  let next = Infinity
  for (const d of docs) {
    const t = Date.parse(d.publishedAt)
    if (!d.draft && t > now && t < next) next = t
  }
  return next
}
