import { getSection } from '../../config/sections'
import { site } from '../../config/site'
import type { ArticleMeta } from '../content/meta'
import type { SearchSource } from './types'

/**
 * What the search index holds of one article, from its metadata and its body's plain text: the
 * same for the build's index (lib/content/content-index.ts) and for the articles published since
 * (lib/search/overlay-index.ts), so both rank alike.
 */
export function toSearchSource(
  meta: ArticleMeta,
  text: string,
  authorName: ReadonlyMap<string, string>,
  textAt: [number, number] = [0, 0],
): SearchSource {
  return {
    url: meta.url,
    slug: meta.slug,
    textAt,
    title: meta.title,
    summary: meta.summary,
    section: getSection(meta.section).label,
    publishedAt: meta.publishedAt,
    authors: meta.authors.length ? meta.authors.map((id) => authorName.get(id) ?? id) : [site.name],
    tags: meta.tags,
    text,
    draft: meta.draft,
  }
}
