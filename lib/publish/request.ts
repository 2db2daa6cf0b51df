import type { ContentProblem } from '../content/validate'

// The body of POST /api/publish, checked for shape before any file is read:
//   { "files": [{ "path": "content/articles/mexico/some-story.mdx", "text": "---\n…" }],
//     "withdraw": ["/mexico/old-story"] }

export type PublishRequest = { files: { path: string; text: string }[]; withdraw: string[] }

/** At most this many articles in one publish: a newsroom sends a few; a script gone wrong, more. */
export const MAX_FILES = 50

const ARTICLE_PATH = /^content\/articles\/(?:[a-z0-9_][a-z0-9_-]*\/)*[^/\\]+$/
const ARTICLE_URL = /^\/[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Where a published file may sit: under content/articles, an .mdx file (the command checks it too). */
export function articlePathProblem(path: string): ContentProblem | undefined {
  if (!ARTICLE_PATH.test(path) || path.split('/').includes('..'))
    return {
      file: path,
      field: 'path',
      message: 'only articles are published: the path must be content/articles/**/{slug}.mdx, from the project root',
    }
  if (!path.endsWith('.mdx'))
    return { file: path, field: 'path', message: 'must be an .mdx file: content/articles/**/{slug}.mdx' }
  return undefined
}

/** The request's files and withdrawals, or the problems, each naming the entry and its field. */
export function parsePublishRequest(body: unknown): PublishRequest | { problems: ContentProblem[] } {
  const problem = (file: string, field: string, message: string) => ({ problems: [{ file, field, message }] })
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return problem('(request)', '(body)', 'must be a JSON object: { "files": [{ "path", "text" }], "withdraw": [url] }')
  const { files = [], withdraw = [], ...rest } = body as Record<string, unknown>
  const unknown = Object.keys(rest)[0]
  if (unknown) return problem('(request)', unknown, 'unknown field; allowed: files, withdraw')
  if (!Array.isArray(files)) return problem('(request)', 'files', 'must be a list of { "path", "text" }')
  if (!Array.isArray(withdraw)) return problem('(request)', 'withdraw', 'must be a list of article URLs')
  if (files.length + withdraw.length === 0)
    return problem('(request)', 'files', 'nothing to publish: send at least one file or one URL to withdraw')
  if (files.length + withdraw.length > MAX_FILES)
    return problem('(request)', 'files', `at most ${MAX_FILES} articles in one publish; send the rest in another`)
  const problems: ContentProblem[] = []
  const out: PublishRequest = { files: [], withdraw: [] }
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
        message: 'required: the file path, e.g. content/articles/mexico/slug.mdx',
      })
      continue
    }
    const misplaced = articlePathProblem(entry.path)
    if (misplaced) problems.push(misplaced)
    if (typeof entry.text !== 'string')
      problems.push({ file: name, field: 'text', message: "required: the file's text (frontmatter and body)" })
    if (!problems.some((p) => p.file === name)) out.files.push({ path: entry.path, text: entry.text as string })
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
