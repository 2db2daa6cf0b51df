import { parseContentDate } from '../dates'
import type { LiveUpdate } from '../live/types'
import { mdxParser } from './mdx-options'

// The `<Update time="2026-11-29T09:15" title="…" key pinned>…</Update>` blocks of a live article's
// MDX file, read at the content step (a computed field) so the page can merge them with the
// updates posted while the story runs (lib/live/merge.ts). The block's content is Markdown, kept
// as written; in the article body the Update component renders nothing (components/mdx/Update.tsx).

type JsxAttribute = { type: string; name?: string; value?: unknown }
type Node = {
  type: string
  name?: string | null
  attributes?: JsxAttribute[]
  children?: Node[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

const attr = (n: Node, name: string) => n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
/** `key` alone means true; key={false} or key="false" means false. */
const flag = (n: Node, name: string) => {
  const a = attr(n, name)
  if (!a) return false
  return a.value === null || a.value === undefined || (typeof a.value === 'string' && a.value !== 'false')
}

/** Every top-level `<Update>` of a body, in file order, with ids f1, f2… */
export function updatesFromMdx(body: string): LiveUpdate[] {
  let tree: Node
  try {
    tree = mdxParser.parse(body) as unknown as Node
  } catch {
    return [] // the content check has reported the syntax error
  }
  const blocks = (tree.children ?? []).filter((n) => n.type === 'mdxJsxFlowElement' && n.name === 'Update')
  return blocks.flatMap((n, i) => {
    const time = attr(n, 'time')?.value
    const when = typeof time === 'string' ? parseContentDate(time) : null
    if (!when) return [] // reported by the content check (lib/content/mdx-check.ts)
    const children = n.children ?? []
    const start = children[0]?.position?.start.offset
    const end = children.at(-1)?.position?.end.offset
    const title = attr(n, 'title')?.value
    return [
      {
        id: `f${i + 1}`,
        time: when.toISOString(),
        ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}),
        body: start !== undefined && end !== undefined ? body.slice(start, end).trim() : '',
        key: flag(n, 'key'),
        pinned: flag(n, 'pinned'),
      },
    ]
  })
}
