import { ArticleText } from '@/components/ArticleText'
import type { LivePage } from '../live/merge'
import { renderStaticMarkup } from '../render/static-markup'
import type { ArticleView } from '../catalogue/view-models'

// A feed item's HTML is the article as its page shows it: the same components (ArticleText, with
// the page's MDX components map) rendered to static markup, so a component cannot look one way on
// the page and another in feed readers, or be left out of one of them. Then made fit for a reader,
// which has no stylesheet and no page address: class and style attributes dropped, every link and
// image absolute. docs/decisions/0009-feeds-and-share-images.md

// React escapes `"` in attribute values and text alike, so in its markup `name="` only ever
// opens an attribute of a tag, and a value runs to the next `"`.
const ATTRIBUTE = /\s(class|style|href|src|srcSet|srcset)="([^"]*)"/g

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" }
const unescape = (v: string) => v.replace(/&(amp|lt|gt|quot|#x27);/g, (e) => ENTITIES[e] ?? e)
const escape = (v: string) =>
  v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c] ?? c)

/** A site-relative address ("/x", "#x") made absolute against the article's; others as they are. */
function absolute(value: string, base: string): string {
  const v = unescape(value)
  return /^(\/(?!\/)|#)/.test(v) ? escape(new URL(v, base).href) : value
}

/** Markup of the site's components made fit for a feed reader (see above). */
function forFeedReaders(html: string, articleUrl: string): string {
  return html.replace(ATTRIBUTE, (whole, name: string, value: string) => {
    if (name === 'class' || name === 'style') return ''
    if (name === 'href' || name === 'src') return ` ${name}="${absolute(value, articleUrl)}"`
    // srcset: "url 640w, url 750w, …"
    const candidates = value.split(',').map((c) => {
      const [url = '', ...descriptor] = c.trim().split(/\s+/)
      return [absolute(url, articleUrl), ...descriptor].join(' ')
    })
    return ` ${name}="${candidates.join(', ')}"`
  })
}

/** The HTML of an article's feed item: corrections, body, live updates, clarifications. */
export function articleFeedHtml(article: ArticleView, live: LivePage | null, articleUrl: string): string {
  return forFeedReaders(renderStaticMarkup(<ArticleText article={article} live={live} variant="feed" />), articleUrl)
}
