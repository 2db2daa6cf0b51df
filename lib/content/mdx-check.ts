import { visit } from 'unist-util-visit'
import { parseContentDate } from '../dates'
import { MDX_COMPONENT_NAMES } from './mdx-component-names'
import { mdxParser } from './mdx-options'
import { markdownShapeProblems } from './mdx-shape'
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
 * errors, JavaScript (javaScriptProblems) and unknown components with the line in the file
 * (frontmatter lines are counted through `firstBodyLine`). Parsing is where MDX finds its syntax errors (unclosed tags, bad expressions);
 * the rest of a compile (to JavaScript) is contentlayer's, so each body is compiled once.
 */
export async function checkMdxBody(file: string, body: string, firstBodyLine: number): Promise<ContentProblem[]> {
  // A shape the parser takes minutes over is refused before it is parsed (mdx-shape.ts).
  const shape = markdownShapeProblems(file, body, firstBodyLine)
  if (shape.length > 0) return shape
  const problems: ContentProblem[] = []
  try {
    const tree = mdxParser.parse(body)
    problems.push(...javaScriptProblems(file, tree, firstBodyLine))
    problems.push(...requiredAttributes(file, tree, firstBodyLine))
    problems.push(...htmlProblems(file, tree, firstBodyLine))
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

/**
 * Lowercase tags are HTML in MDX: React would render `<script>`, `<iframe>` or `<img onerror>` as
 * written, so a body (from the build or from /api/publish) could carry script to every reader.
 * Articles are Markdown plus the known components; capitalised unknown names are reported above.
 */
function htmlProblems(file: string, tree: unknown, firstBodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = []
  visit(tree as Parameters<typeof visit>[0], (node) => {
    const n = node as JsxNode
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return
    if (n.name && /^[A-Z]/.test(n.name)) return
    const line = (n.position?.start.line ?? 1) + firstBodyLine - 1
    problems.push({
      file,
      field: 'body',
      message: `line ${line}: <${n.name ?? ''}> is HTML, which an article may not contain; write Markdown, or use a component: ${MDX_COMPONENT_NAMES.join(', ')}`,
    })
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
      // An expression ({…}) is reported by javaScriptProblems; a missing or empty string here.
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

type MdxNode = {
  type: string
  name?: string | null
  value?: string
  attributes?: { type: string; name?: string; value?: unknown }[]
  position?: { start: { line: number; column: number } }
}

/**
 * MDX can carry JavaScript: ESM (`import`/`export`), expressions in braces, spread attributes and
 * attribute values in braces. The compiled body runs on the server with the process's rights
 * (lib/render/mdx.ts), and the publish endpoint compiles what an editor sends, so none of it is
 * allowed: an article is text and the known components with string attributes.
 * docs/decisions/0019-publish-in-seconds.md
 */
function javaScriptProblems(file: string, tree: unknown, firstBodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (node: MdxNode, message: string) => {
    const start = node.position?.start
    const where = start ? `line ${start.line + firstBodyLine - 1}:${start.column}: ` : ''
    problems.push({ file, field: 'body', message: where + message })
  }
  visit(tree as Parameters<typeof visit>[0], (node) => {
    const n = node as MdxNode
    if (n.type === 'mdxjsEsm') {
      const word = /^\s*import\b/.test(n.value ?? '') ? 'import' : 'export'
      report(
        n,
        `\`${word}\` is JavaScript, which an article may not contain; ` +
          (word === 'import' ? 'components need no import: delete the line' : 'write the value in the text itself'),
      )
    } else if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      report(
        n,
        `{${shorten(n.value ?? '')}} is a JavaScript expression, which an article may not contain; ` +
          'write the text itself, or \\{ for a literal brace',
      )
    } else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      for (const a of n.attributes ?? []) {
        if (a.type === 'mdxJsxExpressionAttribute')
          report(n, `<${n.name}> has a JavaScript attribute {${shorten(String(a.value))}}; write each attribute as name="value"`)
        else if (a.value != null && typeof a.value === 'object') {
          const source = String((a.value as { value?: unknown }).value ?? '').trim()
          // A number or a quoted string can be suggested as it is; anything else is for the editor.
          const literal = /^-?\d+(\.\d+)?$/.test(source) ? source : /^(["'])([^"']*)\1$/.exec(source)?.[2]
          report(
            n,
            `<${n.name}> ${a.name}={${shorten(source)}} is a JavaScript expression; ` +
              `write the value in quotes: ${a.name}="${literal ?? '…'}"`,
          )
        }
      }
    }
  })
  return problems
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text)
