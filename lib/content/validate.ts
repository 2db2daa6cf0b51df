import { parseContentDate } from '../dates'
import { contentDirs } from './paths'
import {
  ARTICLE_FIELDS,
  AUTHOR_FIELDS,
  type FieldMap,
  type FieldSpec,
  idFromFileName,
  PAGE_FIELDS,
  SLUG_PATTERN,
} from './schema'
import { aliasCollisions, aliasProblem } from './validate-aliases'

/** One thing wrong with one content file, said so an editor can fix it. */
export type ContentProblem = { file: string; field: string; message: string }

export type ArticleSource = { file: string; data: Record<string, unknown> }
export type AuthorSource = { file: string; data: Record<string, unknown> }

type ValidationContext = {
  authorIds: ReadonlySet<string>
  /** Whether a site-relative image path (e.g. "/images/x.jpg") exists under public/. */
  imageExists: (src: string) => boolean
  /** The pixel width of an existing site-relative image (undefined when it cannot be read). */
  imageWidth?: (src: string) => number | undefined
}

/** Google Discover shows large previews only of images at least this wide; a lead photo must be. */
const LEAD_IMAGE_MIN_WIDTH = 1200



export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`
}

/** The slug is the file name without its extension, whatever folder the file sits in. */
export const slugFromPath = idFromFileName

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date object'
  return typeof value === 'string' ? `"${value}"` : `${typeof value} ${JSON.stringify(value)}`
}

function closest(name: string, options: readonly string[]): string | undefined {
  // Cheap typo hint: same first letter and length within two ("autors" -> "authors").
  return options.find((o) => o[0] === name[0] && Math.abs(o.length - name.length) <= 2 && o !== name)
}

function unknownFields(
  file: string,
  data: Record<string, unknown>,
  allowed: readonly string[],
  prefix = '',
): ContentProblem[] {
  return Object.keys(data)
    .filter((k) => !allowed.includes(k))
    .map((k) => {
      const hint = closest(k, allowed)
      return {
        file,
        field: prefix + k,
        message: `unknown field${hint ? ` (did you mean "${prefix}${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`,
      }
    })
}

function textValue(file: string, field: string, value: unknown, required: boolean): ContentProblem[] {
  if (value === undefined || value === null)
    return required ? [{ file, field, message: 'required field is missing' }] : []
  if (typeof value !== 'string')
    return [{ file, field, message: `must be ${required ? '' : 'non-empty '}text, got ${describe(value)}` }]
  if (value.trim() === '') return [{ file, field, message: required ? 'must not be empty' : 'must be non-empty text, got ""' }]
  return []
}

/** Problems with one field's value, by its kind in the schema (lib/content/schema.ts). */
function checkField(file: string, field: string, spec: FieldSpec, value: unknown): ContentProblem[] {
  const required = spec.required === true
  const withHint = (problems: ContentProblem[]) =>
    spec.hint ? problems.map((p) => ({ ...p, message: `${p.message}: ${spec.hint}` })) : problems
  switch (spec.kind) {
    case 'text':
      return withHint(textValue(file, field, value, required))
    case 'date': {
      const problems = textValue(file, field, value, required)
      if (problems.length > 0 || typeof value !== 'string') return withHint(problems)
      return parseContentDate(value)
        ? []
        : [
            {
              file,
              field,
              message: `"${value}" is not an ISO 8601 date; write e.g. 2026-11-25T09:30 (Mexico City time) or 2026-11-25T09:30:00-06:00`,
            },
          ]
    }
    case 'enum': {
      const problems = textValue(file, field, value, required)
      if (problems.length > 0 || typeof value !== 'string') return withHint(problems)
      return spec.options.includes(value)
        ? []
        : [{ file, field, message: `unknown ${spec.noun} "${value}"; use one of ${spec.options.join(', ')}` }]
    }
    case 'list':
      if (value === undefined || value === null) return []
      if (!Array.isArray(value)) return [{ file, field, message: `must be a list, got ${describe(value)}` }]
      return value.flatMap((item, i) =>
        typeof item === 'string' && item.trim() !== ''
          ? []
          : [{ file, field: `${field}[${i}]`, message: `must be non-empty text, got ${describe(item)}` }],
      )
    case 'boolean':
      return value === undefined || typeof value === 'boolean'
        ? []
        : [{ file, field, message: `must be true or false, got ${describe(value)}` }]
    case 'nested': {
      if (value === undefined || value === null)
        return required ? [{ file, field, message: 'required field is missing' }] : []
      if (typeof value !== 'object' || Array.isArray(value)) {
        return [{ file, field, message: `must be a map with ${requiredNames(spec.fields)}, got ${describe(value)}` }]
      }
      return checkFields(file, value as Record<string, unknown>, spec.fields, `${field}.`)
    }
    case 'objects': {
      if (value === undefined || value === null) return []
      if (!Array.isArray(value)) return [{ file, field, message: `must be a list, got ${describe(value)}` }]
      return value.flatMap((item, i) =>
        item && typeof item === 'object' && !Array.isArray(item)
          ? checkFields(file, item as Record<string, unknown>, spec.fields, `${field}[${i}].`)
          : [{ file, field: `${field}[${i}]`, message: `must be a map with ${requiredNames(spec.fields)}, got ${describe(item)}` }],
      )
    }
  }
}

const requiredNames = (fields: FieldMap) =>
  Object.entries(fields)
    .filter(([, f]) => f.required)
    .map(([k]) => k)
    .join(' and ')

/** Every field of a map against a field map of the schema: unknown ones (with a typo hint), then each value. */
export function checkFields(file: string, data: Record<string, unknown>, fields: FieldMap, prefix = ''): ContentProblem[] {
  return [
    ...unknownFields(file, data, Object.keys(fields), prefix),
    ...Object.entries(fields).flatMap(([name, spec]) => checkField(file, prefix + name, spec, data[name])),
  ]
}

/** Checks one article's frontmatter against the schema, then the rules that span fields or files. */
export function validateArticle(source: ArticleSource, ctx: ValidationContext): ContentProblem[] {
  const { file, data } = source
  const problems: ContentProblem[] = []
  const slug = slugFromPath(file)
  if (!SLUG_PATTERN.test(slug))
    problems.push({
      file,
      field: 'slug (file name)',
      message: `"${slug}" must be lowercase letters, digits and single hyphens, e.g. "peso-closes-stronger"`,
    })
  problems.push(...checkFields(file, data, ARTICLE_FIELDS))
  const published = typeof data.date === 'string' ? parseContentDate(data.date) : null
  if (published && typeof data.updated === 'string') {
    const updated = parseContentDate(data.updated)
    if (updated && updated < published) problems.push({ file, field: 'updated', message: `is before date (${data.date})` })
  }
  if (published && Array.isArray(data.corrections))
    for (const [i, c] of data.corrections.entries()) {
      const when = c && typeof c === 'object' && typeof c.date === 'string' ? parseContentDate(c.date) : null
      if (when && when < published)
        problems.push({
          file,
          field: `corrections[${i}].date`,
          message: `${c.date} is before the article's date (${data.date}): a correction comes after publication`,
        })
    }
  if (data.live === true && data.type !== 'live')
    problems.push({ file, field: 'live', message: 'only a live article can be live: add type: live, or remove live: true' })
  if (Array.isArray(data.aliases))
    for (const [i, alias] of data.aliases.entries()) {
      let problem = typeof alias === 'string' && alias.trim() !== '' ? aliasProblem(alias) : undefined
      // A file of public/ (the icon, the logo) is served before any redirect could be.
      if (!problem && typeof alias === 'string' && ctx.imageExists(alias))
        problem = `"${alias}" is a file the site serves (public${alias}); an alias must be an old article path`
      if (problem) problems.push({ file, field: `aliases[${i}]`, message: problem })
    }
  if (Array.isArray(data.authors))
    for (const [i, id] of data.authors.entries())
      if (typeof id === 'string' && id.trim() !== '' && !ctx.authorIds.has(id))
        problems.push({
          file,
          field: `authors[${i}]`,
          message: `unknown author id "${id}"; add ${contentDirs().authors}/${id}.yaml or use one of ${[...ctx.authorIds].sort().join(', ')}`,
        })
  const image = data.image as Record<string, unknown> | undefined
  const src = image && typeof image === 'object' ? image.src : undefined
  if (typeof src === 'string' && src.trim() !== '') {
    if (!src.startsWith('/images/'))
      problems.push({
        file,
        field: 'image.src',
        // The image optimizer takes sources from public/images only (next.config.js, localPatterns).
        message: `"${src}" must be a path under public/images/ starting with "/images/", e.g. /images/mexico/photo.jpg`,
      })
    else if (!ctx.imageExists(src))
      problems.push({ file, field: 'image.src', message: `"${src}" does not exist (looked for public${src})` })
    else {
      const width = ctx.imageWidth?.(src)
      if (width !== undefined && width < LEAD_IMAGE_MIN_WIDTH)
        problems.push({
          file,
          field: 'image.src',
          message: `"${src}" is ${width} px wide; a lead image must be at least ${LEAD_IMAGE_MIN_WIDTH} px wide (search engines show large previews only of those)`,
        })
    }
  }
  return problems
}

/** Checks every article, then what only the whole set can show: slugs used twice. */
export function validateArticles(sources: readonly ArticleSource[], ctx: ValidationContext): ContentProblem[] {
  const problems = sources.flatMap((s) => validateArticle(s, ctx))
  const bySlug = new Map<string, string[]>()
  for (const s of sources) {
    const slug = slugFromPath(s.file)
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), s.file])
  }
  for (const [slug, files] of bySlug)
    if (files.length > 1)
      for (const file of files)
        problems.push({
          file,
          field: 'slug (file name)',
          message: `duplicate slug "${slug}", also used by ${files.filter((f) => f !== file).join(', ')}`,
        })
  problems.push(...aliasCollisions(sources))
  return problems
}

export function validateAuthor(source: AuthorSource, ctx: Pick<ValidationContext, 'imageExists'>): ContentProblem[] {
  const { file, data } = source
  const problems: ContentProblem[] = []
  const id = idFromFileName(file)
  if (!SLUG_PATTERN.test(id))
    problems.push({ file, field: 'id (file name)', message: `"${id}" must be lowercase letters, digits and hyphens` })
  problems.push(...checkFields(file, data, AUTHOR_FIELDS))
  if (typeof data.avatar === 'string' && data.avatar.startsWith('/') && !ctx.imageExists(data.avatar))
    problems.push({ file, field: 'avatar', message: `"${data.avatar}" does not exist (looked for public${data.avatar})` })
  if (Array.isArray(data.sameAs))
    for (const [i, url] of data.sameAs.entries())
      if (typeof url === 'string' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(url))
        problems.push({ file, field: `sameAs[${i}]`, message: `"${url}" must be a full https:// address of a profile page` })
  if (typeof data.email === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(data.email))
    problems.push({ file, field: 'email', message: `"${data.email}" is not an e-mail address` })
  return problems
}

export function validatePage(source: ArticleSource): ContentProblem[] {
  const { file, data } = source
  const slug = idFromFileName(file)
  const problems: ContentProblem[] = []
  if (!SLUG_PATTERN.test(slug))
    problems.push({ file, field: 'slug (file name)', message: `"${slug}" must be lowercase letters, digits and hyphens` })
  return [...problems, ...checkFields(file, data, PAGE_FIELDS)]
}
