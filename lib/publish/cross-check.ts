import type { ArticleMeta } from '../content/meta'
import type { ContentProblem } from '../content/validate'
import type { PublishedArticle } from './types'

// The rules that span files, for a publish: what the build's validateArticles checks across the
// archive (a slug or an alias used twice), checked here against what the site has (the build's
// articles with the published rows over them), since a publish sends only its own files.

/** An article the site has, from the build or from a row (a row replaces the build's article). */
export type SiteArticle = { meta: ArticleMeta; from: 'build' | 'published'; state: PublishedArticle['state'] }

export function siteArticles(
  built: readonly ArticleMeta[],
  rows: readonly PublishedArticle[],
): Map<string, SiteArticle> {
  const byUrl = new Map<string, SiteArticle>()
  for (const meta of built) byUrl.set(meta.url, { meta, from: 'build', state: 'published' })
  for (const row of rows) byUrl.set(row.url, { meta: row.meta, from: 'published', state: row.state })
  return byUrl
}

/**
 * Problems of the sent articles with the site's other articles: a slug another article has (a
 * withdrawn one too: its URL still answers, 410), an alias that is another article's address or
 * alias, an address that is another article's alias. The site's own copy of a sent URL is being
 * replaced, so it does not count.
 */
export function crossFileProblems(
  sent: readonly { file: string; meta: ArticleMeta }[],
  site: ReadonlyMap<string, SiteArticle>,
): ContentProblem[] {
  const sentUrls = new Set(sent.map((s) => s.meta.url))
  const others = [...site.values()].filter((a) => !sentUrls.has(a.meta.url))
  const bySlug = new Map(others.map((a) => [a.meta.slug, a.meta.url]))
  const aliasOwner = new Map(others.flatMap((a) => a.meta.aliases.map((alias) => [alias, a.meta.url] as const)))
  const problems: ContentProblem[] = []
  for (const { file, meta } of sent) {
    const owner = bySlug.get(meta.slug)
    if (owner)
      problems.push({
        file,
        field: 'slug (file name)',
        message: `the slug "${meta.slug}" belongs to ${owner} on the site; rename this file (slugs are unique across sections)`,
      })
    const aliasedBy = aliasOwner.get(meta.url)
    if (aliasedBy)
      problems.push({
        file,
        field: 'slug (file name)',
        message: `${meta.url} is an old address (alias) of ${aliasedBy}; rename this file or remove that alias first`,
      })
    for (const [i, alias] of meta.aliases.entries()) {
      const field = `aliases[${i}]`
      if (site.has(alias) && !sentUrls.has(alias))
        problems.push({
          file,
          field,
          message: `"${alias}" is the address of ${alias} on the site; remove the alias or withdraw that article`,
        })
      else if (aliasOwner.has(alias))
        problems.push({ file, field, message: `"${alias}" is already an alias of ${aliasOwner.get(alias)}` })
    }
  }
  return problems
}
