import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { Metadata } from 'next'
import { PageShell } from '@/components/PageShell'
import { SearchForm } from '@/components/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { pageMetadata } from '@/lib/seo/metadata'
import { runSearch } from '@/lib/search/search'
import styles from '@/components/ListPage.module.css'

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await searchParams
  const text = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 80)
  return pageMetadata({
    title: text ? fill(t.search.titleWithQuery, { query: text }) : t.search.title,
    description: t.search.description,
    path: '/search',
    noindex: true,
  })
}

export default async function SearchRoute({ searchParams }: Props) {
  const { q, page } = await searchParams
  const search = await runSearch(q, page)
  return (
    <PageShell>
      <div className={styles.intro}>
        <h1 className={styles.title}>{t.search.title}</h1>
        <SearchForm id="search-page-q" label={t.search.againLabel} defaultValue={search.query.text} size="large" />
      </div>
      <SearchResults search={search} />
    </PageShell>
  )
}
