// One content file's checks, the same for the build (lib/content/check.ts walks every file) and for
// a publish (scripts/publish.ts checks the files it sends, /api/publish checks what it receives):
// the build's rules and messages, written once. The rules that need the whole archive (a slug or
// alias used twice) are the caller's: validateArticles for the build, lib/publish/cross-check.ts
// for a publish.
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import { checkMdxBody } from './mdx-check'
import { contentDirs } from './paths'
import { TEST_ARTICLES_ALLOWED, TEST_ARTICLES_DIR } from './test-articles'
import { type ArticleSource, type ContentProblem, validateArticle } from './validate'

/** An .mdx file read into its frontmatter and its body (lines counted as in the file). */
export type ParsedMdxFile = {
  source: ArticleSource
  body: string
  /** The file's line number of the body's first line, so problems name the editor's lines. */
  firstBodyLine: number
}

/** Whether a value is a YAML map; a problem naming the file otherwise. */
export function yamlMap(file: string, value: unknown): { data: Record<string, unknown> } | { problem: ContentProblem } {
  if (value && typeof value === 'object' && !Array.isArray(value)) return { data: value as Record<string, unknown> }
  return { problem: { file, field: '(file)', message: 'must be a YAML map of fields' } }
}

/** Where an .mdx file may sit: the problem with its path, if any (test articles, extension). */
export function mdxPathProblem(file: string, where: string): ContentProblem | undefined {
  if (file.startsWith(`${TEST_ARTICLES_DIR}/`) && !TEST_ARTICLES_ALLOWED())
    return {
      file,
      field: '(file)',
      message: `written by the test suite, never published: delete ${TEST_ARTICLES_DIR}/ (npm test writes it anew)`,
    }
  if (!file.endsWith('.mdx')) return { file, field: '(file)', message: `must be an .mdx file: ${where}` }
  return undefined
}

/** Splits an .mdx file into frontmatter and body, or says why it cannot. */
export function parseMdxFile(file: string, raw: string): ParsedMdxFile | ContentProblem {
  if (!/^---\r?\n/.test(raw))
    return { file, field: '(frontmatter)', message: 'the file must start with a --- frontmatter block' }
  try {
    // The same YAML reader contentlayer uses: dates stay text, so lib/dates decides their zone.
    const parsed = matter(raw, { engines: { yaml: (s: string) => parseYaml(s) ?? {} } })
    const map = yamlMap(file, parsed.data)
    if ('problem' in map) return map.problem
    // Slice the body ourselves so reported line numbers match the file the editor has open.
    const lines = raw.split('\n')
    const closing = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line))
    return {
      source: { file, data: map.data },
      body: lines.slice(closing + 1).join('\n'),
      firstBodyLine: closing + 2,
    }
  } catch (error) {
    return { file, field: '(frontmatter)', message: `YAML error: ${(error as Error).message.split('\n')[0]}` }
  }
}

export const ARTICLE_PATH_HINT = `${contentDirs().articles}/**/{slug}.mdx`

/** What an article's own checks need to know about the site. */
export type ArticleFileContext = Parameters<typeof validateArticle>[1]

export type CheckedArticleFile = { problems: ContentProblem[]; parsed?: ParsedMdxFile }

/**
 * Every rule of the build that one article file can be held to alone: its place, its frontmatter
 * (lib/content/validate.ts, the trust rules included) and its body (lib/content/mdx-check.ts).
 * `file` is the path from the project root, as the build names it.
 */
export async function checkArticleFile(file: string, raw: string, ctx: ArticleFileContext): Promise<CheckedArticleFile> {
  const misplaced = mdxPathProblem(file, ARTICLE_PATH_HINT)
  if (misplaced) return { problems: [misplaced] }
  const parsed = parseMdxFile(file, raw)
  if (!('source' in parsed)) return { problems: [parsed] }
  const problems = [
    ...validateArticle(parsed.source, ctx),
    ...(await checkMdxBody(file, parsed.body, parsed.firstBodyLine)),
  ]
  return { problems, parsed }
}
