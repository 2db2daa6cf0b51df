// Checks every content file before contentlayer and Next see it: one problem per line, naming
// file, field and what is wrong (contentlayer alone would skip a bad file with a warning). The
// build (scripts/check-content.ts) and the editor's loop in `npm run dev` run the same check.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import sharp from 'sharp'
import { parse as parseYaml } from 'yaml'
import { ARTICLE_PATH_HINT, mdxPathProblem, parseMdxFile, yamlMap } from './check-file'
import { cacheKey, jsonCache } from './content-cache'
import { checkMdxBody } from './mdx-check'
import { MDX_COMPONENT_NAMES } from './mdx-component-names'
import { contentDirs } from './paths'
import { site } from '../../config/site'
import { idFromFileName } from './schema'
import {
  type ArticleSource,
  type AuthorSource,
  type ContentProblem,
  validateArticles,
  validateAuthor,
  validatePage,
} from './validate'

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

type ContentCheck = {
  problems: ContentProblem[]
  articles: number
  authors: number
  pages: number
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
  return ['mdx-check 4', ...MDX_COMPONENT_NAMES, ...parser].join(' ')
}

/** Checks every article, author and page in the built brand's content folder under `root` (lib/content/paths.ts). */
export async function checkContent(root: string): Promise<ContentCheck> {
  const dirs = contentDirs()
  const rel = (p: string) => relative(root, p)

  const imageExists = (src: string) => existsSync(join(root, 'public', decodeURI(src.split(/[?#]/)[0]!)))
  const problems: ContentProblem[] = []

  const authors: AuthorSource[] = []
  for (const path of walk(join(root, dirs.authors))) {
    const file = rel(path)
    if (!/\.ya?ml$/.test(path)) {
      problems.push({ file, field: '(file)', message: `authors are YAML files: ${dirs.authors}/{id}.yaml` })
      continue
    }
    try {
      const map = yamlMap(file, parseYaml(readFileSync(path, 'utf8')))
      if ('data' in map) authors.push({ file, data: map.data })
      else problems.push(map.problem)
    } catch (error) {
      problems.push({ file, field: '(yaml)', message: (error as Error).message.split('\n')[0]! })
    }
  }
  for (const a of authors) problems.push(...validateAuthor(a, { imageExists }))
  const authorIds = new Set(authors.map((a) => idFromFileName(a.file)))

  const articles: ArticleSource[] = []
  const pages: ArticleSource[] = []
  const bodies: { file: string; body: string; firstBodyLine: number }[] = []
  const mdxFiles = [
    ...walk(join(root, dirs.articles)).map((path) => ({ path, into: articles, where: ARTICLE_PATH_HINT })),
    ...walk(join(root, dirs.pages)).map((path) => ({ path, into: pages, where: `${dirs.pages}/{slug}.mdx` })),
  ]
  for (const { path, into, where } of mdxFiles) {
    const file = rel(path)
    const misplaced = mdxPathProblem(file, where)
    if (misplaced) {
      problems.push(misplaced)
      continue
    }
    const parsed = parseMdxFile(file, readFileSync(path, 'utf8'))
    if (!('source' in parsed)) {
      problems.push(parsed)
      continue
    }
    into.push(parsed.source)
    bodies.push({ file, body: parsed.body, firstBodyLine: parsed.firstBodyLine })
  }
  const imageWidth = await leadImageWidths(root, articles, imageExists)
  problems.push(...validateArticles(articles, { authorIds, imageExists, imageWidth }))
  problems.push(...pages.flatMap(validatePage))
  // The publisher's JSON-LD and the footer link every standards page the outlet names.
  const pageSlugs = new Set(pages.map((p) => idFromFileName(p.file)))
  for (const [what, slug] of Object.entries(site.standards))
    if (!pageSlugs.has(slug))
      problems.push({
        file: `${dirs.pages}/${slug}.mdx`,
        field: '(file)',
        message: `missing: config/brands/${site.id}.ts names it the outlet's ${what} page (standards.${what}); write it or change the slug there`,
      })
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
  return { problems, articles: articles.length, authors: authors.length, pages: pages.length, bodiesParsed: cache.misses }
}

/** The widths of the lead images articles name (read from each file's header by sharp), for a sync lookup. */
export async function leadImageWidths(root: string, articles: readonly ArticleSource[], exists: (src: string) => boolean) {
  const srcs = new Set<string>()
  for (const { data } of articles) {
    const src = (data.image as { src?: unknown } | undefined)?.src
    if (typeof src === 'string' && src.startsWith('/images/') && exists(src)) srcs.add(src)
  }
  const widths = new Map<string, number | undefined>()
  await Promise.all(
    [...srcs].map(async (src) => {
      const meta = await sharp(join(root, 'public', decodeURI(src))).metadata().catch(() => undefined)
      widths.set(src, meta?.width)
    }),
  )
  return (src: string) => widths.get(src)
}
