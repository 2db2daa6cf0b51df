import { site } from '../../config/site'
import { isSiteImagePath } from '../content/image-refs'
import { brandOfContentPath, contentDirs } from '../content/paths'
import type { ContentProblem } from '../content/validate'
import { MAX_IMAGES, type SentImage } from './images'

// The body of POST /api/publish, checked for shape before any file is read:
//   { "files": [{ "path": "content/articles/mexico/some-story.mdx", "text": "---\n…" }],
// (a path in the built brand's articles folder: content/brands/{id}/articles/… for a sister brand),
//     "images": [{ "path": "/images/mexico/photo.jpg", "data": "<base64>", "sha256": "<hex>" }],
//     "withdraw": ["/mexico/old-story"] }
// `images`: files of the editor's public/ that the sent articles reference and the site lacks
// (lib/publish/images.ts checks what they are).

export type PublishRequest = { files: { path: string; text: string }[]; images: SentImage[]; withdraw: string[] }

/** At most this many articles in one publish: a newsroom sends a few; a script gone wrong, more. */
export const MAX_FILES = 50

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A path in this brand's articles folder, in section-like folders. */
const articlePath = (articlesDir: string) =>
  new RegExp(`^${escapeRegExp(articlesDir)}/(?:[a-z0-9_][a-z0-9_-]*/)*[^/\\\\]+$`)
// A plain character class: a grouped repetition overflows the regex engine's stack on megabytes.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/
const isBase64 = (s: string) => s.length % 4 === 0 && BASE64_CHARS.test(s)
const ARTICLE_URL = /^\/[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Where a published file may sit: in the built brand's articles folder (content/articles for The
 * News, content/brands/{id}/articles for another), an .mdx file (the command checks it too). A
 * site publishes its own brand's articles only: another brand's path is refused by name.
 */
export function articlePathProblem(path: string, brandId: string = site.id): ContentProblem | undefined {
  const articles = contentDirs(brandId).articles
  const hint = `${articles}/**/{slug}.mdx`
  if (!articlePath(articles).test(path) || path.split('/').includes('..')) {
    const owner = brandOfContentPath(path)
    if (owner && owner !== brandId && path.startsWith(`${contentDirs(owner).articles}/`))
      return {
        file: path,
        field: 'path',
        message: `another brand's article (BRAND=${owner}): this site (BRAND=${brandId}) publishes ${hint} only`,
      }
    return {
      file: path,
      field: 'path',
      message: `only articles are published: the path must be ${hint}, from the project root`,
    }
  }
  if (!path.endsWith('.mdx')) return { file: path, field: 'path', message: `must be an .mdx file: ${hint}` }
  return undefined
}

/** The request's files and withdrawals, or the problems, each naming the entry and its field. */
export function parsePublishRequest(body: unknown): PublishRequest | { problems: ContentProblem[] } {
  const problem = (file: string, field: string, message: string) => ({ problems: [{ file, field, message }] })
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return problem('(request)', '(body)', 'must be a JSON object: { "files": [{ "path", "text" }], "withdraw": [url] }')
  const { files = [], images = [], withdraw = [], ...rest } = body as Record<string, unknown>
  const unknown = Object.keys(rest)[0]
  if (unknown) return problem('(request)', unknown, 'unknown field; allowed: files, images, withdraw')
  if (!Array.isArray(files)) return problem('(request)', 'files', 'must be a list of { "path", "text" }')
  if (!Array.isArray(images)) return problem('(request)', 'images', 'must be a list of { "path", "data", "sha256" }')
  if (images.length > MAX_IMAGES)
    return problem('(request)', 'images', `at most ${MAX_IMAGES} images in one publish; send the rest with another`)
  if (!Array.isArray(withdraw)) return problem('(request)', 'withdraw', 'must be a list of article URLs')
  if (files.length + withdraw.length === 0)
    return problem('(request)', 'files', 'nothing to publish: send at least one file or one URL to withdraw')
  if (files.length + withdraw.length > MAX_FILES)
    return problem('(request)', 'files', `at most ${MAX_FILES} articles in one publish; send the rest in another`)
  const problems: ContentProblem[] = []
  const out: PublishRequest = { files: [], images: [], withdraw: [] }
  for (const [i, f] of files.entries()) {
    const entry = f as Record<string, unknown> | null
    const name = entry && typeof entry.path === 'string' ? entry.path : `files[${i}]`
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({ file: name, field: `files[${i}]`, message: 'must be { "path": …, "text": … }' })
      continue
    }
    if (typeof entry.path !== 'string' || entry.path === '') {
      problems.push({
        file: name,
        field: 'path',
        message: `required: the file path, e.g. ${contentDirs().articles}/{section}/{slug}.mdx`,
      })
      continue
    }
    const misplaced = articlePathProblem(entry.path)
    if (misplaced) problems.push(misplaced)
    if (typeof entry.text !== 'string')
      problems.push({ file: name, field: 'text', message: "required: the file's text (frontmatter and body)" })
    if (!problems.some((p) => p.file === name)) out.files.push({ path: entry.path, text: entry.text as string })
  }
  for (const [i, img] of images.entries()) {
    const problemsBefore = problems.length
    const entry = (img && typeof img === 'object' && !Array.isArray(img) ? img : {}) as Record<string, unknown>
    const name = typeof entry.path === 'string' ? entry.path : `images[${i}]`
    const bad = (field: string, message: string) =>
      problems.push({ file: name, field: `images[${i}].${field}`, message })
    if (typeof entry.path !== 'string' || !isSiteImagePath(entry.path))
      bad('path', 'must be the site path of an image under public/images, e.g. /images/mexico/photo.jpg')
    else if (out.images.some((o) => o.path === entry.path)) bad('path', 'sent twice in one publish')
    if (typeof entry.data !== 'string' || entry.data === '' || !isBase64(entry.data))
      bad('data', "required: the image file's bytes, base64-encoded")
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256))
      bad('sha256', "required: the SHA-256 of the image's bytes, 64 lower-case hex digits")
    if (problems.length === problemsBefore)
      out.images.push({ path: name, data: entry.data as string, sha256: entry.sha256 as string, index: i })
  }
  for (const [i, url] of withdraw.entries()) {
    if (typeof url === 'string' && ARTICLE_URL.test(url)) out.withdraw.push(url)
    else
      problems.push({
        file: `withdraw[${i}]`,
        field: 'url',
        message: `${JSON.stringify(url)} must be an article's URL path, e.g. /mexico/some-story`,
      })
  }
  return problems.length > 0 ? { problems } : out
}
