import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { MDX_COMPONENT_NAMES } from './mdx-component-names'
import { remarkPlugins } from './mdx-options'
import type { ContentProblem } from './validate'

/** Capitalised JSX tags used in a body, with their line numbers, ignoring fenced code. */
export function componentTags(body: string): { name: string; line: number }[] {
  const tags: { name: string; line: number }[] = []
  let fenced = false
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced
    if (fenced) return
    for (const m of text.matchAll(/<([A-Z][\w.]*)/g)) tags.push({ name: m[1]!, line: i + 1 })
  })
  return tags
}

// Parsing is where MDX finds its syntax errors (unclosed tags, bad expressions); the rest of a
// compile (to JavaScript) is contentlayer's, so each body is compiled once, by the build.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins).freeze()

/**
 * Parses an MDX body with the build's syntax (MDX + the same remark plugins) and reports syntax
 * errors and unknown components with the line in the file (frontmatter lines are counted through
 * `firstBodyLine`).
 */
export async function checkMdxBody(file: string, body: string, firstBodyLine: number): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = []
  try {
    mdxParser.parse(body)
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string }
    // An unclosed tag is reported at the end of the file, without a place: point at its opening.
    const unclosed = /closing tag for `<([\w.]+)>`/.exec(e.reason ?? e.message ?? '')?.[1]
    const opened = unclosed ? componentTags(body).findLast((t) => t.name === unclosed)?.line : undefined
    const line = e.line ?? opened
    const where = line ? `line ${line + firstBodyLine - 1}${e.line && e.column ? `:${e.column}` : ''}: ` : ''
    problems.push({ file, field: 'body', message: `${where}MDX syntax error: ${(e.reason ?? e.message ?? '').replace(/ \(\d+:\d+-\d+:\d+\)/g, '')}` })
  }
  for (const tag of componentTags(body))
    if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(tag.name))
      problems.push({
        file,
        field: 'body',
        message: `line ${tag.line + firstBodyLine - 1}: unknown component <${tag.name}>; available: ${MDX_COMPONENT_NAMES.join(', ')}`,
      })
  return problems
}
