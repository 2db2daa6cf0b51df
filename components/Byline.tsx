import { Fragment } from 'react'
import { site, t } from '@/config/site'
import type { BylineAuthor } from '@/lib/catalogue/view-models'
import { TemplateText } from './TemplateText'

// The brand's language joins the names ("A and B", "A, B, and C" in English).
const names = new Intl.ListFormat(site.intlLocale, { style: 'long', type: 'conjunction' })

/**
 * "By Ana Ortega and Luis Peña" (t.article.byline): each name links to its author page. With
 * `roles` (opinion), each name is followed by the writer's role, so readers know who is speaking.
 */
export function Byline({ authors, roles = false }: { authors: BylineAuthor[]; roles?: boolean }) {
  // Formatted with each author's index as a stand-in, then each element part becomes that author.
  const parts = names.formatToParts(authors.map((_, i) => String(i)))
  const list = parts.map((part, i) => {
    const a = part.type === 'element' ? authors[Number(part.value)] : undefined
    if (!a) return <Fragment key={i}>{part.value}</Fragment>
    return (
      <Fragment key={i}>
        <a href={a.url} rel="author">
          {a.name}
        </a>
        {roles && a.role ? <>, {a.role}</> : null}
      </Fragment>
    )
  })
  return <TemplateText template={t.article.byline} slots={{ authors: list }} />
}
