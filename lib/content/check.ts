// Checks every content file before contentlayer and Next see it: one problem per line, naming
// file, field and what is wrong (contentlayer alone would skip a bad file with a warning). The
// build (scripts/check-content.ts) and the editor's loop in `npm run dev` run the same check.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import { cacheKey, jsonCache } from './content-cache'
import { checkMdxBody } from './mdx-check'
import { MDX_COMPONENT_NAMES } from './mdx-component-names'
import { idFromFileName } from './schema'
import {
  type ArticleSource,
  type AuthorSource,
  type ContentProblem,
  validateArticles,
  validateAuthor,
} from './validate'

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

export type ContentCheck = {
  problems: ContentProblem[]
  articles: number
  authors: number
  /** Bodies parsed this time; the others' results came from the cache. */
  bodiesParsed: number
}

// What decides a body check besides the body: the components editors may use and the parser's
// packages (pinned exactly in package.json).
function mdxCheckVersion(root: string): string {
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
  }
  const parser = ['remark-mdx', 'remark-gfm', 'remark-parse'].map((p) => `${p}@${dependencies[p]}`)
  return ['mdx-check 1', ...MDX_COMPONENT_NAMES, ...parser].join(' ')
}

/** Checks every article and author under `root`/content. */
export async function checkContent(root: string): Promise<ContentCheck> {
  const contentDir = join(root, 'content')
  const rel = (p: string) => relative(root, p)

  const imageExists = (src: string) => existsSync(join(root, 'public', decodeURI(src.split(/[?#]/)[0]!)))
  const problems: ContentProblem[] = []

  function asMap(file: string, value: unknown): Record<string, unknown> | null {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
    problems.push({ file, field: '(file)', message: 'must be a YAML map of fields' })
    return null
  }

  const authors: AuthorSource[] = []
  for (const path of walk(join(contentDir, 'authors'))) {
    const file = rel(path)
    if (!/\.ya?ml$/.test(path)) {
      problems.push({ file, field: '(file)', message: 'authors are YAML files: content/authors/{id}.yaml' })
      continue
    }
    try {
      const data = asMap(file, parseYaml(readFileSync(path, 'utf8')))
      if (data) authors.push({ file, data })
    } catch (error) {
      problems.push({ file, field: '(yaml)', message: (error as Error).message.split('\n')[0]! })
    }
  }
  for (const a of authors) problems.push(...validateAuthor(a, { imageExists }))
  const authorIds = new Set(authors.map((a) => idFromFileName(a.file)))

  const articles: ArticleSource[] = []
  const bodies: { file: string; body: string; firstBodyLine: number }[] = []
  for (const path of walk(join(contentDir, 'articles'))) {
    const file = rel(path)
    if (!path.endsWith('.mdx')) {
      problems.push({ file, field: '(file)', message: 'articles must be .mdx files: content/articles/**/{slug}.mdx' })
      continue
    }
    const raw = readFileSync(path, 'utf8')
    if (!/^---\r?\n/.test(raw)) {
      problems.push({ file, field: '(frontmatter)', message: 'the file must start with a --- frontmatter block' })
      continue
    }
    try {
      // The same YAML reader contentlayer uses: dates stay text, so lib/dates decides their zone.
      const parsed = matter(raw, { engines: { yaml: (s: string) => parseYaml(s) ?? {} } })
      const data = asMap(file, parsed.data)
      if (!data) continue
      articles.push({ file, data })
      // Slice the body ourselves so reported line numbers match the file the editor has open.
      const lines = raw.split('\n')
      const closing = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line))
      bodies.push({ file, body: lines.slice(closing + 1).join('\n'), firstBodyLine: closing + 2 })
    } catch (error) {
      problems.push({ file, field: '(frontmatter)', message: `YAML error: ${(error as Error).message.split('\n')[0]}` })
    }
  }
  problems.push(...validateArticles(articles, { authorIds, imageExists }))
  // Each body is parsed once per content: the result is kept per body text (and what decides it).
  const cache = jsonCache<ContentProblem[]>(root, 'mdx-check.json')
  const checkVersion = mdxCheckVersion(root)
  for (const b of bodies) {
    const key = cacheKey(checkVersion, b.file, String(b.firstBodyLine), b.body)
    let found = cache.get(key)
    if (!found) cache.set(key, (found = await checkMdxBody(b.file, b.body, b.firstBodyLine)))
    problems.push(...found)
  }
  cache.save()
  return { problems, articles: articles.length, authors: authors.length, bodiesParsed: cache.misses }
}
