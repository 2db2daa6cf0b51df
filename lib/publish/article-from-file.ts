import type { ParsedMdxFile } from '../content/check-file'
import type { ArticleMeta } from '../content/meta'
import {
  ARTICLE_COMPUTED,
  ARTICLE_FIELDS,
  ARTICLE_META_KEYS,
  type ArticleDocument,
  pickFields,
} from '../content/schema'
import { plainTextFromMdx } from '../content/text'

// A checked article file as the content index holds a built one: the frontmatter with the schema's
// defaults, plus the fields the build computes (lib/content/schema.ts, the same resolvers
// contentlayer runs), so a published article and a built one have the same shape.

export function metaFromFile({ source, body }: ParsedMdxFile): ArticleMeta {
  const resolved: Record<string, unknown> = { ...source.data }
  for (const [name, spec] of Object.entries(ARTICLE_FIELDS))
    if (resolved[name] === undefined && 'default' in spec)
      resolved[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default
  const doc = { ...resolved, _raw: { sourceFileName: source.file }, body: { raw: body } } as unknown as ArticleDocument
  const computed = Object.fromEntries(
    Object.entries(ARTICLE_COMPUTED).map(([name, field]) => [name, field.resolve(doc)]),
  )
  return pickFields<ArticleMeta>({ ...resolved, ...computed }, ARTICLE_META_KEYS)
}

/** The body's text for search and snippets, as the build's search index takes it. */
export const searchTextOf = (body: string) => plainTextFromMdx(body)
