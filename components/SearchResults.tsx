import { t } from '@/config/site'
import { pluralForm } from '@/lib/brand/plural'
import { fill } from '@/lib/brand/template'
import { RESULTS_PER_PAGE, type Segment } from '@/lib/search/query'
import type { SearchPage } from '@/lib/search/search'
import { TemplateText } from './TemplateText'
import { Timestamp } from './Timestamp'
import styles from './SearchResults.module.css'

function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))
}

const searchUrl = (q: string, page: number) => `/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}`

export function SearchResults({ search }: { search: SearchPage }) {
  const { query, total, page, totalPages, results } = search
  if (!query.ok) return <p className={styles.message}>{query.message}</p>
  if (total === 0)
    return (
      <div className={styles.message}>
        <p>
          <TemplateText template={t.search.noMatch} slots={{ query: <strong>{query.text}</strong> }} />
        </p>
        <p>{t.search.noMatchHint}</p>
      </div>
    )
  return (
    <>
      <p className={styles.count} role="status">
        <TemplateText
          template={pluralForm(t.search.count, total)}
          slots={{ count: total, query: <strong>{query.text}</strong> }}
        />
        {totalPages > 1 ? ` ${fill(t.search.pageOf, { page, pages: totalPages })}` : ''}
      </p>
      {results.length === 0 ? <p className={styles.message}>{t.search.noMore}</p> : null}
      <ol className={styles.list} start={(page - 1) * RESULTS_PER_PAGE + 1}>
        {results.map((r) => (
          <li key={r.url} className={styles.result}>
            <p className={styles.meta}>
              {r.section} · <Timestamp iso={r.publishedAt} style="short" />
            </p>
            <h2 className={styles.title}>
              <a href={r.url}>
                <Highlighted segments={r.title} />
              </a>
            </h2>
            <p className={styles.snippet}>
              <Highlighted segments={r.snippet} />
            </p>
          </li>
        ))}
      </ol>
      {totalPages > 1 ? (
        <nav className={styles.pages} aria-label={t.search.pages}>
          {page > 1 ? <a href={searchUrl(query.text, page - 1)}>{t.search.previous}</a> : <span />}
          {page < totalPages ? <a href={searchUrl(query.text, page + 1)}>{t.search.next}</a> : <span />}
        </nav>
      ) : null}
    </>
  )
}
