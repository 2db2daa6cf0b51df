import { Fragment } from 'react'
import type { BylineAuthor } from '@/lib/view-models'

/** "By Ana Ortega and Luis Peña": each name links to its author page. */
export function Byline({ authors }: { authors: BylineAuthor[] }) {
  return (
    <>
      By{' '}
      {authors.map((a, i) => (
        <Fragment key={a.url + a.name}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <a href={a.url} rel="author">
            {a.name}
          </a>
        </Fragment>
      ))}
    </>
  )
}
