import type { Element, Root } from 'hast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

// Live updates are Markdown, some of it posted through the API while a story runs. It becomes
// HTML here, and only here, with nothing from the author but Markdown getting through:
// - raw HTML in the Markdown is dropped (remark-rehype without allowDangerousHtml), so no
//   <script>, <iframe>, event handlers or style;
// - links and images keep only http(s), mailto and site-relative targets (no javascript:, data:);
// - images are dropped: a posted update carries text and links (photos go in the article file,
//   where the content check holds them to a credit and a width).

const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#)/i

function safeLinks(idPrefix: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img' && parent && typeof index === 'number') {
        parent.children.splice(index, 1)
        return index
      }
      // The footnotes' label is the one id remark-rehype does not prefix: give it the update's.
      if (node.properties.id === 'footnote-label') node.properties.id = `${idPrefix}footnote-label`
      if (String(node.properties.ariaDescribedBy ?? '') === 'footnote-label')
        node.properties.ariaDescribedBy = [`${idPrefix}footnote-label`]
      if (node.tagName === 'a') {
        const href = String(node.properties.href ?? '')
        if (!SAFE_URL.test(href.trim())) delete node.properties.href
        else if (/^https?:/i.test(href)) node.properties.rel = ['noopener', 'nofollow']
      }
      return undefined
    })
  }
}

// Footnote ids carry the update's own prefix: several updates on one page must not share them.
const makeProcessor = (idPrefix: string) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { clobberPrefix: idPrefix })
    .use(safeLinks, idPrefix)
    .use(rehypeStringify)
    .freeze()
const processors = new Map<string, ReturnType<typeof makeProcessor>>()

/** Markdown to HTML safe to put in a page as is; `idPrefix` keeps footnote ids unique per update. */
export function liveMarkdownToHtml(markdown: string, idPrefix = 'user-content-'): string {
  let processor = processors.get(idPrefix)
  if (!processor) {
    processor = makeProcessor(idPrefix)
    if (processors.size < 1000) processors.set(idPrefix, processor)
  }
  return String(processor.processSync(markdown)).trim()
}

/** The text of that HTML, for JSON-LD and announcements. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
