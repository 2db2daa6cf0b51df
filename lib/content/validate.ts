import { SECTION_IDS } from '../../config/sections'
import { parseContentDate } from '../dates'

/** One thing wrong with one content file, said so an editor can fix it. */
export type ContentProblem = { file: string; field: string; message: string }

export type ArticleSource = { file: string; data: Record<string, unknown> }
export type AuthorSource = { file: string; data: Record<string, unknown> }

export type ValidationContext = {
  authorIds: ReadonlySet<string>
  /** Whether a site-relative image path (e.g. "/images/x.jpg") exists under public/. */
  imageExists: (src: string) => boolean
}

const ARTICLE_FIELDS = ['title', 'summary', 'date', 'section', 'updated', 'authors', 'tags', 'draft', 'image']
const IMAGE_FIELDS = ['src', 'alt', 'caption', 'credit']
const AUTHOR_FIELDS = ['name', 'role', 'bio', 'avatar']
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`
}

/** The slug is the file name without its extension, whatever folder the file sits in. */
export function slugFromPath(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file
  return name.replace(/\.mdx?$/i, '')
}

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

function requiredText(file: string, data: Record<string, unknown>, field: string, prefix = ''): ContentProblem[] {
  const value = data[field]
  if (value === undefined || value === null)
    return [{ file, field: prefix + field, message: 'required field is missing' }]
  if (typeof value !== 'string') return [{ file, field: prefix + field, message: `must be text, got ${describe(value)}` }]
  if (value.trim() === '') return [{ file, field: prefix + field, message: 'must not be empty' }]
  return []
}

function optionalText(file: string, data: Record<string, unknown>, field: string, prefix = ''): ContentProblem[] {
  const value = data[field]
  if (value === undefined || value === null) return []
  return typeof value === 'string' && value.trim() !== ''
    ? []
    : [{ file, field: prefix + field, message: `must be non-empty text, got ${describe(value)}` }]
}

function dateField(file: string, data: Record<string, unknown>, field: string): ContentProblem[] {
  const value = data[field]
  if (typeof value !== 'string') return []
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

function textList(file: string, data: Record<string, unknown>, field: string): ContentProblem[] {
  const value = data[field]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) return [{ file, field, message: `must be a list, got ${describe(value)}` }]
  return value.flatMap((item, i) =>
    typeof item === 'string' && item.trim() !== ''
      ? []
      : [{ file, field: `${field}[${i}]`, message: `must be non-empty text, got ${describe(item)}` }],
  )
}

/** Checks one article's frontmatter against the contract in DEVELOPERS.md. */
export function validateArticle(source: ArticleSource, ctx: ValidationContext): ContentProblem[] {
  const { file, data } = source
  const problems: ContentProblem[] = []
  const slug = slugFromPath(file)
  if (!SLUG.test(slug))
    problems.push({
      file,
      field: 'slug (file name)',
      message: `"${slug}" must be lowercase letters, digits and single hyphens, e.g. "peso-closes-stronger"`,
    })
  problems.push(...unknownFields(file, data, ARTICLE_FIELDS))
  for (const field of ['title', 'summary', 'date', 'section']) problems.push(...requiredText(file, data, field))
  problems.push(...optionalText(file, data, 'updated'))
  problems.push(...dateField(file, data, 'date'), ...dateField(file, data, 'updated'))
  if (typeof data.date === 'string' && typeof data.updated === 'string') {
    const published = parseContentDate(data.date)
    const updated = parseContentDate(data.updated)
    if (published && updated && updated < published)
      problems.push({ file, field: 'updated', message: `is before date (${data.date})` })
  }
  if (typeof data.section === 'string' && data.section.trim() !== '' && !SECTION_IDS.includes(data.section as never))
    problems.push({
      file,
      field: 'section',
      message: `unknown section "${data.section}"; use one of ${SECTION_IDS.join(', ')}`,
    })
  problems.push(...textList(file, data, 'authors'), ...textList(file, data, 'tags'))
  if (Array.isArray(data.authors))
    for (const [i, id] of data.authors.entries())
      if (typeof id === 'string' && id.trim() !== '' && !ctx.authorIds.has(id))
        problems.push({
          file,
          field: `authors[${i}]`,
          message: `unknown author id "${id}"; add content/authors/${id}.yaml or use one of ${[...ctx.authorIds].sort().join(', ')}`,
        })
  if (data.draft !== undefined && typeof data.draft !== 'boolean')
    problems.push({ file, field: 'draft', message: `must be true or false, got ${describe(data.draft)}` })
  problems.push(...imageField(file, data.image, ctx))
  return problems
}

function imageField(file: string, image: unknown, ctx: ValidationContext): ContentProblem[] {
  if (image === undefined || image === null) return []
  if (typeof image !== 'object' || Array.isArray(image))
    return [{ file, field: 'image', message: `must be a map with src and alt, got ${describe(image)}` }]
  const data = image as Record<string, unknown>
  const problems = [
    ...unknownFields(file, data, IMAGE_FIELDS, 'image.'),
    ...requiredText(file, data, 'src', 'image.'),
    ...optionalText(file, data, 'caption', 'image.'),
    ...optionalText(file, data, 'credit', 'image.'),
  ]
  const alt = requiredText(file, data, 'alt', 'image.')
  problems.push(
    ...alt.map((p) => ({ ...p, message: `${p.message}: describe the image for readers who cannot see it` })),
  )
  const src = data.src
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
  return problems
}

export function validateAuthor(source: AuthorSource, ctx: Pick<ValidationContext, 'imageExists'>): ContentProblem[] {
  const { file, data } = source
  const problems: ContentProblem[] = []
  const id = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.ya?ml$/i, '')
  if (!SLUG.test(id))
    problems.push({ file, field: 'id (file name)', message: `"${id}" must be lowercase letters, digits and hyphens` })
  problems.push(...unknownFields(file, data, AUTHOR_FIELDS))
  for (const field of ['name', 'role', 'bio']) problems.push(...requiredText(file, data, field))
  problems.push(...optionalText(file, data, 'avatar'))
  if (typeof data.avatar === 'string' && data.avatar.startsWith('/') && !ctx.imageExists(data.avatar))
    problems.push({ file, field: 'avatar', message: `"${data.avatar}" does not exist (looked for public${data.avatar})` })
  return problems
}
