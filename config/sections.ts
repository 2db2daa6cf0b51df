import type { Section } from './types'

export const SECTIONS = [
  { id: 'mexico', label: 'Mexico', description: 'Politics, cities and daily life across Mexico.' },
  { id: 'world', label: 'World', description: 'International news seen from Mexico.' },
  { id: 'business', label: 'Business', description: 'Markets, trade, companies and the economy.' },
  { id: 'tech', label: 'Tech', description: 'Technology, science and the digital economy.' },
  { id: 'sports', label: 'Sports', description: 'Football, baseball, boxing and every other game.' },
  { id: 'culture', label: 'Culture', description: 'Film, music, books, food and the arts.' },
  { id: 'opinion', label: 'Opinion', description: 'Columns, analysis and the editorial view.' },
] as const satisfies readonly Section[]

export type SectionId = (typeof SECTIONS)[number]['id']

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id)

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value)
}

export function getSection(id: SectionId): (typeof SECTIONS)[number] {
  // SECTIONS is exhaustive over SectionId, so the lookup cannot miss.
  return SECTIONS.find((s) => s.id === id)!
}
