import { SECTION_IDS } from '../../config/sections'
import { idFromFileName } from './schema'
import type { ArticleSource, ContentProblem } from './validate'

// The rules of an article's `aliases:` (its old addresses, redirected here with a 308): each must
// be a path no page of the site answers, and no other article's address or alias.

/**
 * First path segments an alias may not take: the site's own routes (besides sections, which are
 * checked against articles and fronts).
 */
export const RESERVED_ROUTES = [
  'api',
  'about',
  'authors',
  'corrections',
  'favicon.ico',
  'feed.xml',
  // The brand's icon (app/icon.tsx) and publisher logo (app/logo.png), drawn per brand at build time.
  'icon',
  'images',
  'lite',
  'logo.png',
  'news-sitemap.xml',
  'newsletter',
  'og',
  'renditions',
  'robots.txt',
  'search',
  'sitemap.xml',
  'sitemaps',
  'tags',
  '_next',
] as const

const ALIAS_PATTERN = /^(\/[a-z0-9][a-z0-9._~-]*)+$/

/** What is wrong with one alias on its own (collisions need the whole set: validateArticles). */
export function aliasProblem(alias: string): string | undefined {
  if (!ALIAS_PATTERN.test(alias))
    return `"${alias}" must be a site path like /mexico/old-slug: a leading slash, lowercase segments, no query or trailing slash`
  const [first, second, third] = alias.split('/').slice(1)
  if ((RESERVED_ROUTES as readonly string[]).includes(first!))
    return `"${alias}" is a path the site itself uses (/${first}/…); an alias must be an old article path`
  if ((SECTION_IDS as readonly string[]).includes(first!)) {
    if (second === undefined || (second === 'page' && third) || (second === 'feed.xml' && !third))
      return `"${alias}" is a section page's address; an alias must be an old article path`
    if (third === 'updates') return `"${alias}" is a live article's page of updates; an alias must be an old article path`
  }
  return undefined
}

/** An alias must not be another article's address, nor anyone's alias too. */
export function aliasCollisions(sources: readonly ArticleSource[]): ContentProblem[] {
  const urls = new Map<string, string>()
  for (const s of sources)
    if (typeof s.data.section === 'string') urls.set(`/${s.data.section}/${idFromFileName(s.file)}`, s.file)
  const claimed = new Map<string, string>()
  const problems: ContentProblem[] = []
  for (const s of sources) {
    if (!Array.isArray(s.data.aliases)) continue
    for (const [i, alias] of s.data.aliases.entries()) {
      if (typeof alias !== 'string') continue
      const field = `aliases[${i}]`
      const owner = urls.get(alias)
      const other = claimed.get(alias)
      if (owner === s.file) problems.push({ file: s.file, field, message: `"${alias}" is this article's own address` })
      else if (owner) problems.push({ file: s.file, field, message: `"${alias}" is the address of ${owner}; remove the alias or move that article` })
      else if (other) problems.push({ file: s.file, field, message: `"${alias}" is already an alias of ${other}` })
      else claimed.set(alias, s.file)
    }
  }
  return problems
}

