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
 * The section moves in a publish, old URL to new: a sent article whose slug a public article of the
 * site holds at another address (the file moved to another section's folder), when the sent file
 * lists that address in `aliases`. The publish then replaces the old article: its URL is withdrawn
 * in the same transaction and answers 308 to the new one through the alias, as it will after a
 * rebuild of the moved file (docs/decisions/0019-publish-in-seconds.md, "Moving to another
 * section"). The alias is required, not added: the file is what a rebuild reads. A withdrawn
 * article's slug stays its own (its URL answers 410): no move from it.
 */
export function sectionMoves(
  sent: readonly { meta: ArticleMeta }[],
  site: ReadonlyMap<string, SiteArticle>,
): Map<string, string> {
  const sentUrls = new Set(sent.map((s) => s.meta.url))
  const moves = new Map<string, string>()
  for (const { meta } of sent)
    for (const alias of meta.aliases) {
      const old = site.get(alias)
      if (old && old.state === 'published' && old.meta.slug === meta.slug && !sentUrls.has(alias))
        moves.set(alias, meta.url)
    }
  return moves
}

/**
 * Problems of the sent articles with the site's other articles: a slug another article has (a
 * withdrawn one too: its URL still answers, 410), an alias that is another article's address or
 * alias, an address that is another article's alias. The site's own copy of a sent URL is being
 * replaced, so it does not count; nor does the old address of a section move (sectionMoves).
 */
export function crossFileProblems(
  sent: readonly { file: string; meta: ArticleMeta }[],
  site: ReadonlyMap<string, SiteArticle>,
): ContentProblem[] {
  const sentUrls = new Set(sent.map((s) => s.meta.url))
  const moves = sectionMoves(sent, site)
  const others = [...site.values()].filter((a) => !sentUrls.has(a.meta.url) && !moves.has(a.meta.url))
  const bySlug = new Map(others.map((a) => [a.meta.slug, a.meta.url]))
  const aliasOwner = new Map(others.flatMap((a) => a.meta.aliases.map((alias) => [alias, a.meta.url] as const)))
  const problems: ContentProblem[] = []
  for (const { file, meta } of sent) {
    const owner = bySlug.get(meta.slug)
    const moving = owner !== undefined && site.get(owner)?.state === 'published'
    if (owner)
      problems.push({
        file,
        field: 'slug (file name)',
        message: moving
          ? `the slug "${meta.slug}" belongs to ${owner} on the site; to move that article here, add "${owner}" to aliases (the old address then redirects here), otherwise rename this file (slugs are unique across sections)`
          : `the slug "${meta.slug}" belongs to ${owner} on the site; rename this file (slugs are unique across sections)`,
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
      if (site.has(alias) && !sentUrls.has(alias) && moves.get(alias) !== meta.url)
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
