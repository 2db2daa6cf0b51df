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

function safeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img' && parent && typeof index === 'number') {
        parent.children.splice(index, 1)
        return index
      }
      if (node.tagName === 'a') {
        const href = String(node.properties.href ?? '')
        if (!SAFE_URL.test(href.trim())) delete node.properties.href
        else if (/^https?:/i.test(href)) node.properties.rel = ['noopener', 'nofollow']
      }
      return undefined
    })
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(safeLinks)
  .use(rehypeStringify)
  .freeze()

/** Markdown to HTML safe to put in a page as is. */
export function liveMarkdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown)).trim()
}

/** The text of that HTML, for JSON-LD and announcements. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
