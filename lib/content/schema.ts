import { ARTICLE_TYPE_IDS, defaultArticleType, type ArticleTypeId } from '../../config/article-types'
import { SECTION_IDS } from '../../config/sections'
import { parseContentDate } from '../dates'
import { excerptFromMdx, readingMinutes, wordCount } from './text'
import { updatesFromMdx } from './updates'

// The content schema, written once. From it come:
// - contentlayer's field definitions (contentlayerFields, used by contentlayer.config.ts);
// - the editor-facing validation with file, field and fix (lib/content/validate.ts walks it);
// - the TypeScript types of what editors write and of what the site reads (Frontmatter, Resolved);
// - the metadata the content index keeps per article (lib/content/build-index.ts picks its keys).
// Adding a field here reaches all four; lib/content/schema.test.ts proves it.

type Base = { required?: boolean; /** Said after a problem with this field: how to fix it. */ hint?: string }
type TextField = Base & { kind: 'text' }
/** ISO 8601 text; without an offset it means Mexico City time (lib/dates.ts). Kept as text. */
type DateField = Base & { kind: 'date' }
type EnumField = Base & { kind: 'enum'; options: readonly string[]; /** "section" */ noun: string }
type TextListField = Base & { kind: 'list'; default: readonly [] }
type BooleanField = Base & { kind: 'boolean'; default: boolean }
type NestedField = Base & { kind: 'nested'; /** contentlayer's type name */ name: string; fields: FieldMap }
/** A list of maps, each with the same fields (corrections). */
type NestedListField = Base & { kind: 'objects'; name: string; fields: FieldMap; default: readonly [] }
export type FieldSpec = TextField | DateField | EnumField | TextListField | BooleanField | NestedField | NestedListField
export type FieldMap = { readonly [name: string]: FieldSpec }

export const IMAGE_FIELDS = {
  src: { kind: 'text', required: true },
  alt: { kind: 'text', required: true, hint: 'describe the image for readers who cannot see it' },
  caption: { kind: 'text' },
  // A photo without a credit is a rights problem; the credit is also its figcaption when there is no caption.
  credit: { kind: 'text', required: true, hint: 'name who took or owns the photo, e.g. "Ana Ruiz" or "Photo agency name"' },
} as const satisfies FieldMap

const CORRECTION_KINDS = ['correction', 'clarification'] as const

/** One entry of an article's `corrections:` list. */
const CORRECTION_FIELDS = {
  date: { kind: 'date', required: true },
  text: { kind: 'text', required: true, hint: 'say what was wrong and what is right now' },
  kind: { kind: 'enum', options: CORRECTION_KINDS, noun: 'kind' },
} as const satisfies FieldMap

/** An article's frontmatter (content/articles/**\/{slug}.mdx). */
export const ARTICLE_FIELDS = {
  title: { kind: 'text', required: true },
  summary: { kind: 'text', required: true },
  date: { kind: 'date', required: true },
  updated: { kind: 'date' },
  section: { kind: 'enum', options: SECTION_IDS, noun: 'section', required: true },
  authors: { kind: 'list', default: [] },
  tags: { kind: 'list', default: [] },
  draft: { kind: 'boolean', default: false },
  image: { kind: 'nested', name: 'Image', fields: IMAGE_FIELDS },
  /** News by default (opinion in the opinion section): config/article-types.ts. */
  type: { kind: 'enum', options: ARTICLE_TYPE_IDS, noun: 'article type' },
  corrections: { kind: 'objects', name: 'Correction', fields: CORRECTION_FIELDS, default: [] },
  /** Old paths of this article (after a slug or section change): each redirects here (308). */
  aliases: { kind: 'list', default: [] },
  /** A live article (type: live) while its coverage runs. */
  live: { kind: 'boolean', default: false },
} as const satisfies FieldMap

/** An author's file (content/authors/{id}.yaml). */
export const AUTHOR_FIELDS = {
  name: { kind: 'text', required: true },
  role: { kind: 'text', required: true },
  bio: { kind: 'text', required: true },
  avatar: { kind: 'text' },
  /** One sentence: what this journalist knows, covers, has done. */
  expertise: { kind: 'text' },
  /** Profile URLs elsewhere (https://…). */
  sameAs: { kind: 'list', default: [] },
  /** Languages they report in, e.g. English, Spanish. */
  languages: { kind: 'list', default: [] },
  email: { kind: 'text' },
} as const satisfies FieldMap

/** A standards page (content/pages/{slug}.mdx, at /about/{slug}). */
export const PAGE_FIELDS = {
  title: { kind: 'text', required: true },
  summary: { kind: 'text', required: true },
  /** When the policy last changed. */
  updated: { kind: 'date' },
} as const satisfies FieldMap

/** Slugs and author ids: what a file name must be to become a URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The id of a content file is its name without the extension, whatever folder it sits in. */
export function idFromFileName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file
  return name.replace(/\.(mdx?|ya?ml)$/i, '')
}

// ---- Types derived from the schema ----

type ValueOf<F> = F extends { kind: 'text' | 'date' }
  ? string
  : F extends { kind: 'enum'; options: readonly (infer O)[] }
    ? O
    : F extends { kind: 'list' }
      ? string[]
      : F extends { kind: 'boolean' }
        ? boolean
        : F extends { kind: 'nested'; fields: infer M extends FieldMap }
          ? Frontmatter<M>
          : F extends { kind: 'objects'; fields: infer M extends FieldMap }
            ? Frontmatter<M>[]
            : never
type Simplify<T> = { [K in keyof T]: T[K] } & {}
type RequiredKeys<M, Also = never> = { [K in keyof M]: M[K] extends { required: true } | Also ? K : never }[keyof M]

/** What an editor writes: required fields required, the rest optional. */
export type Frontmatter<M extends FieldMap> = Simplify<
  { [K in RequiredKeys<M>]: ValueOf<M[K]> } & { [K in Exclude<keyof M, RequiredKeys<M>>]?: ValueOf<M[K]> }
>
/** What the site reads after the build: fields with a default always present. */
type Resolved<M extends FieldMap> = Simplify<
  { [K in RequiredKeys<M, { default: unknown }>]: ValueOf<M[K]> } & {
    [K in Exclude<keyof M, RequiredKeys<M, { default: unknown }>>]?: ValueOf<M[K]>
  }
>

// ---- Computed fields: what the build derives from each article file ----

/** What contentlayer hands a computed field's resolver. */
export type ArticleDocument = Resolved<typeof ARTICLE_FIELDS> & {
  _raw: { sourceFileName: string }
  body: { raw: string }
}

// The instant as UTC ISO; the checker has rejected dates that do not parse.
const instant = (value: string | undefined) => (value ? (parseContentDate(value)?.toISOString() ?? '') : '')

export const ARTICLE_COMPUTED = {
  slug: { type: 'string', resolve: (doc: ArticleDocument) => idFromFileName(doc._raw.sourceFileName) },
  url: {
    type: 'string',
    resolve: (doc: ArticleDocument) => `/${doc.section}/${idFromFileName(doc._raw.sourceFileName)}`,
  },
  /** UTC ISO instants resolved from the frontmatter (Mexico City time when no offset). */
  publishedAt: { type: 'string', resolve: (doc: ArticleDocument) => instant(doc.date) },
  updatedAt: { type: 'string', resolve: (doc: ArticleDocument) => instant(doc.updated) },
  wordCount: { type: 'number', resolve: (doc: ArticleDocument) => wordCount(doc.body.raw) },
  readingMinutes: { type: 'number', resolve: (doc: ArticleDocument) => readingMinutes(wordCount(doc.body.raw)) },
  excerpt: { type: 'string', resolve: (doc: ArticleDocument) => excerptFromMdx(doc.body.raw) },
  /** The type, defaulted: opinion in the opinion section, news elsewhere. */
  articleType: { type: 'string', resolve: (doc: ArticleDocument): ArticleTypeId => doc.type ?? defaultArticleType(doc.section) },
  /** A live article's `<Update>` blocks (lib/content/updates.ts); empty for every other article. */
  fileUpdates: {
    type: 'json',
    resolve: (doc: ArticleDocument) => (doc.type === 'live' ? updatesFromMdx(doc.body.raw) : []),
  },
  /** When the article last changed: the latest of `updated` and its corrections' dates, else `date`. */
  modifiedAt: {
    type: 'string',
    resolve: (doc: ArticleDocument) => {
      // contentlayer hands nested lists over as its own array-like (an Effect Chunk): Array.from copies it.
      const corrections = Array.from(doc.corrections ?? [])
      const dates = [doc.date, doc.updated, ...corrections.map((c) => c.date)]
      return latestInstant(dates) ?? instant(doc.date)
    },
  },
} as const

/** The latest of some content dates, as a UTC ISO instant (undefined when none parses). */
function latestInstant(values: readonly (string | undefined)[]): string | undefined {
  const times = values.flatMap((v) => {
    const d = v ? parseContentDate(v) : null
    return d ? [d.getTime()] : []
  })
  return times.length ? new Date(Math.max(...times)).toISOString() : undefined
}

type Computed<C extends Record<string, { resolve: (doc: never) => unknown }>> = {
  [K in keyof C]: ReturnType<C[K]['resolve']>
}

/** Everything the site keeps in memory about an article: the frontmatter resolved, and computed. */
export type ArticleMetaFromSchema = Simplify<Resolved<typeof ARTICLE_FIELDS> & Computed<typeof ARTICLE_COMPUTED>>
export type AuthorMetaFromSchema = Simplify<Resolved<typeof AUTHOR_FIELDS> & { id: string }>

/** The keys the content index keeps per article, in the schema's order. */
export const ARTICLE_META_KEYS = [
  ...Object.keys(ARTICLE_FIELDS),
  ...Object.keys(ARTICLE_COMPUTED),
] as (keyof ArticleMetaFromSchema)[]
export const AUTHOR_META_KEYS = ['id', ...Object.keys(AUTHOR_FIELDS)] as (keyof AuthorMetaFromSchema)[]
export type PageMetaFromSchema = Simplify<Resolved<typeof PAGE_FIELDS> & { slug: string; url: string; updatedAt: string }>
export const PAGE_META_KEYS = [...Object.keys(PAGE_FIELDS), 'slug', 'url', 'updatedAt'] as (keyof PageMetaFromSchema)[]

/** The schema's fields of one generated document, without absent optional ones. */
export function pickFields<T>(doc: Record<string, unknown>, keys: readonly (keyof T)[]): T {
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const value = doc[key as string]
    if (value !== undefined && value !== null) out[key as string] = value
  }
  return out as T
}

// ---- contentlayer's field definitions ----

type NestedDefiner = (def: () => { name: string; fields: Record<string, unknown> }) => unknown

/**
 * contentlayer2's `fields` for a field map. Its own checks are a second line behind the editor
 * checks (scripts/check-content.ts): contentlayer.config.ts makes it fail, never skip.
 */
export function contentlayerFields(fields: FieldMap, defineNestedType: NestedDefiner): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(fields)) {
    const required = spec.required === true
    switch (spec.kind) {
      case 'text':
      case 'date':
        out[name] = { type: 'string', required }
        break
      case 'enum':
        out[name] = { type: 'enum', options: [...spec.options], required }
        break
      case 'list':
        out[name] = { type: 'list', of: { type: 'string' }, default: [] }
        break
      case 'boolean':
        out[name] = { type: 'boolean', default: spec.default }
        break
      case 'nested': {
        const of = defineNestedType(() => ({
          name: spec.name,
          fields: contentlayerFields(spec.fields, defineNestedType),
        }))
        out[name] = { type: 'nested', of, required }
        break
      }
      case 'objects': {
        const of = defineNestedType(() => ({
          name: spec.name,
          fields: contentlayerFields(spec.fields, defineNestedType),
        }))
        out[name] = { type: 'list', of, default: [] }
        break
      }
    }
  }
  return out
}
