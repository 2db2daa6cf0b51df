import { site } from './site'
import type { Section } from './types'

/** The built brand's sections, in navigation order (config/brands/{id}.ts). */
export const SECTIONS: readonly Section[] = site.sections

/** A section id of the built brand (checked at the content step and by isSectionId). */
export type SectionId = string

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id)

export function isSectionId(value: string): value is SectionId {
  return SECTION_IDS.includes(value)
}

export function getSection(id: SectionId): Section {
  const section = SECTIONS.find((s) => s.id === id)
  if (!section) throw new Error(`No section "${id}" in ${site.name}'s sections (config/brands/${site.id}.ts)`)
  return section
}
