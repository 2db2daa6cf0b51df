import { visit } from 'unist-util-visit'
import { parseContentDate } from '../dates'
import { MDX_COMPONENT_NAMES } from './mdx-component-names'
import { mdxParser } from './mdx-options'
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
 * Parses an MDX body with the build's syntax (MDX + the same remark plugins) and reports syntax
 * errors and unknown components with the line in the file (frontmatter lines are counted through
 * `firstBodyLine`). Parsing is where MDX finds its syntax errors (unclosed tags, bad expressions);
 * the rest of a compile (to JavaScript) is contentlayer's, so each body is compiled once.
 */
export async function checkMdxBody(file: string, body: string, firstBodyLine: number): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = []
  try {
    const tree = mdxParser.parse(body)
    problems.push(...requiredAttributes(file, tree, firstBodyLine))
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

/** Attributes a component cannot do without: a photo without a credit is a rights problem. */
const REQUIRED_ATTRIBUTES: Record<string, readonly string[]> = { Figure: ['src', 'alt', 'credit'], Update: ['time'] }

type JsxNode = {
  type: string
  name?: string | null
  attributes?: { type: string; name?: string; value?: unknown }[]
  position?: { start: { line: number } }
}

function requiredAttributes(file: string, tree: unknown, firstBodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = []
  visit(tree as Parameters<typeof visit>[0], (node) => {
    const n = node as JsxNode
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return
    const needed = n.name ? REQUIRED_ATTRIBUTES[n.name] : undefined
    if (!needed) return
    const line = (n.position?.start.line ?? 1) + firstBodyLine - 1
    for (const name of needed) {
      const attr = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
      // An expression ({…}) is the editor's own business; a missing or empty string is not.
      const empty = !attr || (typeof attr.value === 'string' && attr.value.trim() === '') || attr.value == null
      if (empty)
        problems.push({
          file,
          field: 'body',
          message: `line ${line}: <${n.name}> needs a non-empty ${name}="…"${name === 'credit' ? ' (who took or owns the photo)' : ''}`,
        })
      else if (name === 'time' && typeof attr.value === 'string' && !parseContentDate(attr.value))
        problems.push({
          file,
          field: 'body',
          message: `line ${line}: <Update time="${attr.value}"> is not an ISO 8601 time; write e.g. 2026-11-29T09:15 (Mexico City time)`,
        })
    }
  })
  return problems
}
