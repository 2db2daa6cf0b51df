import { fold } from '../search/fold'

export type TagRef = { id: string; label: string; url: string }
export type TagSummary = TagRef & { count: number }

/** A URL-safe id for a tag label: "Mexico City" → "mexico-city", "Yucatán" → "yucatan". */
export function tagId(label: string): string {
  return fold(label)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const tagUrl = (id: string) => `/tags/${id}`

export function toTagRef(label: string): TagRef {
  const id = tagId(label)
  return { id, label: label.trim(), url: tagUrl(id) }
}

/**
 * Every tag in use with its article count, most used first. Labels that fold to the same id
 * ("water", "Water") are one tag, shown with the label written most often.
 */
export function collectTags(articles: readonly { tags: readonly TagRef[] }[]): TagSummary[] {
  const byId = new Map<string, { count: number; labels: Map<string, number> }>()
  for (const a of articles)
    for (const t of a.tags) {
      const entry = byId.get(t.id) ?? { count: 0, labels: new Map() }
      entry.count++
      entry.labels.set(t.label, (entry.labels.get(t.label) ?? 0) + 1)
      byId.set(t.id, entry)
    }
  return [...byId]
    .filter(([id]) => id !== '')
    .map(([id, { count, labels }]) => {
      const label = [...labels].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
      return { id, label, url: tagUrl(id), count }
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}
