// The brands e2e/brands.spec.ts runs against (playwright.config.ts: The News and every sister
// brand scripts/build-brands.ts built for this run), and what each one's content says, read
// straight from its MDX and YAML files in its build folder, as e2e/lib/content.ts does for The News.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { TestInfo } from '@playwright/test'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import type { BrandConfig } from '../../config/types'

export type BrandUnderTest = { id: string; dir: string; port: number; config: BrandConfig }

export function brandOf(testInfo: TestInfo): BrandUnderTest {
  const brand = (testInfo.project.metadata as { brand?: BrandUnderTest }).brand
  if (!brand) throw new Error(`project ${testInfo.project.name} names no brand (playwright.config.ts)`)
  return brand
}

export type BrandArticle = {
  slug: string
  section: string
  title: string
  summary: string
  date: string
  authors: string[]
  tags: string[]
  type?: string
  live: boolean
  draft: boolean
  url: string
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

const front = (file: string) =>
  matter(readFileSync(file, 'utf8'), { engines: { yaml: (s: string) => parseYaml(s) } }).data as Record<string, unknown>

function instant(date: string) {
  return /[zZ]|[+-]\d\d:?\d\d$/.test(date) ? Date.parse(date) : Date.parse(`${date}-06:00`)
}

/** A brand's content, from its build folder (The News: content/; a sister brand: content/brands/{id}/). */
export function brandContent(brand: BrandUnderTest) {
  const root = join(brand.dir, brand.id === 'the-news' ? 'content' : `content/brands/${brand.id}`)
  const articles = walk(join(root, 'articles'))
    .filter((p) => p.endsWith('.mdx'))
    .map((p): BrandArticle => {
      const data = front(p)
      const slug = p
        .split('/')
        .pop()!
        .replace(/\.mdx$/, '')
      return {
        authors: [],
        tags: [],
        live: false,
        draft: false,
        ...(data as Partial<BrandArticle>),
        date: String(data.date),
        slug,
        url: `/${String(data.section)}/${slug}`,
      } as BrandArticle
    })
    .filter((a) => !a.draft && instant(a.date) <= Date.now())
    .sort((a, b) => instant(b.date) - instant(a.date))
  const authors = walk(join(root, 'authors')).map((p) => ({
    id: p
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, ''),
    ...(parseYaml(readFileSync(p, 'utf8')) as { name: string; role: string }),
  }))
  const pages = walk(join(root, 'pages')).map((p) => ({
    slug: p
      .split('/')
      .pop()!
      .replace(/\.mdx$/, ''),
    title: String(front(p).title),
  }))
  // The spec loops over these: an empty one would pass by running zero times.
  for (const [name, list] of Object.entries({ articles, authors, pages })) {
    if (list.length === 0) throw new Error(`${brand.id}: no ${name} in ${root}`)
  }
  return { articles, authors, pages }
}
