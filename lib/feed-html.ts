import { formatHouseDateTime, parseContentDate } from './dates'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { State } from 'mdast-util-to-hast'
import rehypeStringify from 'rehype-stringify'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { remarkPlugins } from './content/mdx-options'
import { absoluteUrl } from './xml'

// Feed readers get plain HTML: each MDX component becomes the semantic element it stands for,
// every link and image absolute. No React is involved, so this runs in any route handler.

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
})
const text = (value: string): ElementContent => ({ type: 'text', value })

function attr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name)
  return typeof a?.value === 'string' ? a.value : undefined
}

function caption(captionText?: string, credit?: string): ElementContent[] {
  if (!captionText && !credit) return []
  const parts = [captionText, credit ? `photo: ${credit}` : undefined].filter(Boolean).join(', ')
  return [el('figcaption', {}, [text(parts)])]
}

function component(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent | ElementContent[] {
  const children = state.all(node) as ElementContent[]
  switch (node.name) {
    case 'Figure': {
      const img = el('img', { src: attr(node, 'src') ?? '', alt: attr(node, 'alt') ?? '' }, [])
      const cap = caption(attr(node, 'caption'), attr(node, 'credit'))
      return cap.length ? el('figure', {}, [img, ...cap]) : img
    }
    case 'PullQuote': {
      const by = attr(node, 'by')
      const quote = el('blockquote', {}, children)
      return by ? el('figure', {}, [quote, el('figcaption', {}, [text(`— ${by}`)])]) : quote
    }
    case 'FactBox':
      return el('aside', {}, [el('h3', {}, [text(attr(node, 'title') ?? '')]), ...children])
    case 'RelatedLink':
      return el('p', {}, [
        el('strong', {}, [text('Read also: ')]),
        el('a', { href: attr(node, 'href') ?? '' }, children),
      ])
    case 'Update': {
      // A live article's update written in its file: its time (Mexico City) and title, then its text.
      const when = parseContentDate(attr(node, 'time') ?? '')
      const title = attr(node, 'title')
      const heading = [when ? formatHouseDateTime(when) : '', title].filter(Boolean).join(': ')
      return el('section', {}, [el('h3', {}, [text(heading)]), ...children])
    }
    default:
      return children
  }
}

function absolutize(origin: string) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key]
        if (typeof value === 'string' && value.startsWith('/')) node.properties[key] = absoluteUrl(origin, value)
      }
    })
  }
}

export async function mdxToFeedHtml(mdx: string, origin: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins)
    .use(() => (tree: MdastRoot) => {
      // Imports, exports and {expressions} have no meaning outside the site.
      tree.children = tree.children.filter((n) => n.type !== 'mdxjsEsm' && n.type !== 'mdxFlowExpression')
      // A component written on one line parses as inline inside a paragraph; it is a block.
      visit(tree, 'paragraph', (node, index, parent) => {
        const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
        const only = kids[0]
        if (kids.length === 1 && only?.type === 'mdxJsxTextElement' && parent && index !== undefined)
          parent.children[index] = { ...only, type: 'mdxJsxFlowElement' } as MdxJsxFlowElement
      })
    })
    .use(remarkRehype, {
      handlers: { mdxJsxFlowElement: component, mdxJsxTextElement: component, mdxTextExpression: () => undefined },
    })
    .use(absolutize, origin)
    .use(rehypeStringify)
    .process(mdx)
  return String(file).trim()
}
