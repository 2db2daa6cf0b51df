import { t } from '@/config/site'
import { fill } from '@/lib/brand/template'
import type { Page } from '@/lib/catalogue/pagination'
import type { ArticleCard, AuthorProfile } from '@/lib/catalogue/view-models'
import { Pagination } from './Pagination'
import { ResponsiveImage } from './ResponsiveImage'
import { StoryGrid } from './StoryGrid'
import listStyles from './ListPage.module.css'
import styles from './AuthorPage.module.css'

/** Where a profile link goes, said in words (the URL's host). */
const linkLabel = (url: string) => new URL(url).host.replace(/^www\./, '')

/** An author's profile (photo, role, bio, expertise, languages, links) and their stories. */
export function AuthorPage({ author, page }: { author: AuthorProfile; page: Page<ArticleCard> }) {
  const first = page.page === 1
  return (
    <>
      <div className={`${listStyles.intro} ${styles.profile}`}>
        {author.avatar && first ? (
          <div className={styles.photo}>
            <ResponsiveImage src={author.avatar} alt={`${author.name}`} sizes="96px" shape="square" />
          </div>
        ) : null}
        <div>
          <h1 className={listStyles.title}>
            {author.name}
            {page.page > 1 ? (
              <span className={listStyles.pageNo}> · {fill(t.author.pageNumber, { page: page.page })}</span>
            ) : null}
          </h1>
          <p className={listStyles.role}>{author.role}</p>
          {first ? (
            <>
              <p className={listStyles.description}>{author.bio}</p>
              {author.expertise ? (
                <p className={styles.fact}>
                  <strong>{t.author.expertise}</strong> {author.expertise}
                </p>
              ) : null}
              {author.languages.length ? (
                <p className={styles.fact}>
                  <strong>{t.author.languages}</strong> {author.languages.join(', ')}
                </p>
              ) : null}
              {author.sameAs.length || author.email ? (
                <ul className={styles.links} aria-label={fill(t.author.elsewhere, { name: author.name })}>
                  {author.email ? (
                    <li>
                      <a href={`mailto:${author.email}`}>{author.email}</a>
                    </li>
                  ) : null}
                  {author.sameAs.map((url) => (
                    <li key={url}>
                      <a href={url} rel="me noopener">
                        {linkLabel(url)}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
      <h2>{fill(t.author.latest, { name: author.name })}</h2>
      {page.items.length > 0 ? <StoryGrid articles={page.items} /> : <p>{t.author.empty}</p>}
      <Pagination page={page} label={fill(t.author.pagination, { name: author.name })} />
    </>
  )
}
