import { Fragment } from 'react'
import type { BylineAuthor } from '@/lib/catalogue/view-models'

/**
 * "By Ana Ortega and Luis Peña": each name links to its author page. With `roles` (opinion), each
 * name is followed by the writer's role, so readers know who is speaking.
 */
export function Byline({ authors, roles = false }: { authors: BylineAuthor[]; roles?: boolean }) {
  return (
    <>
      By{' '}
      {authors.map((a, i) => (
        <Fragment key={a.url + a.name}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <a href={a.url} rel="author">
            {a.name}
          </a>
          {roles && a.role ? <>, {a.role}</> : null}
        </Fragment>
      ))}
    </>
  )
}
