import { compile } from '@mdx-js/mdx'
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

/**
 * Compiles an MDX body the way the build will and reports syntax errors and unknown components
 * with the line in the file (frontmatter lines are counted through `firstBodyLine`).
 */
export async function checkMdxBody(file: string, body: string, firstBodyLine: number): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = []
  try {
    await compile(body, { remarkPlugins })
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string }
    const where = e.line ? `line ${e.line + firstBodyLine - 1}${e.column ? `:${e.column}` : ''}: ` : ''
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
