// The brand a Lambda artefact was built for (scripts/serverless/brand.spec.ts), and what its content
// says, read from the project folder the build ran in: SERVERLESS_PROJECT_DIR (default the current
// folder; scripts/test.sh points it at a sister brand's copy of the project, scripts/build-brands.ts).
// The brand is the one the build's content step selected (.contentlayer/slim/brand.json), its config
// that folder's config/brands/{id}.ts, its articles read straight from the MDX files, as
// e2e/lib/content.ts does for The News, so the spec never agrees with the site's own reader.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import type { BrandConfig } from '../../config/types'

export type BrandUnderTest = { id: string; dir: string; config: BrandConfig }

export type BrandArticle = { slug: string; section: string; title: string; date: string; url: string }

export async function brandUnderTest(dir = process.env.SERVERLESS_PROJECT_DIR || '.'): Promise<BrandUnderTest> {
  const project = resolve(dir)
  const selected = join(project, '.contentlayer/slim/brand.json')
  assert.ok(existsSync(selected), `${selected} is missing: build the artefact in ${project} first`)
  const { id } = JSON.parse(readFileSync(selected, 'utf8')) as { id: string }
  const file = join(project, 'config/brands', `${id}.ts`)
  const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  const config = Object.values(exports).find((v): v is BrandConfig => (v as BrandConfig | null)?.id === id)
  assert.ok(config, `${file} exports no brand with id "${id}"`)
  return { id, dir: project, config }
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

/** A front-matter date without a zone is Mexico City's (UTC-6), as the content step reads it. */
function instant(date: string) {
  return /[zZ]|[+-]\d\d:?\d\d$/.test(date)
    ? Date.parse(date)
    : Date.parse(`${date.length === 10 ? `${date}T00:00` : date}-06:00`)
}

/** The brand's public articles (no drafts, none scheduled), newest first. The News's in content/, a sister brand's in content/brands/{id}/. */
export function brandArticles(brand: BrandUnderTest): BrandArticle[] {
  const root = join(brand.dir, brand.id === 'the-news' ? 'content' : `content/brands/${brand.id}`, 'articles')
  const articles = walk(root)
    .filter((p) => p.endsWith('.mdx'))
    .map((p) => {
      const data = matter(readFileSync(p, 'utf8'), { engines: { yaml: (s: string) => parseYaml(s) } }).data
      const slug = p
        .split('/')
        .pop()!
        .replace(/\.mdx$/, '')
      const date = String(data.date instanceof Date ? data.date.toISOString() : data.date)
      return { slug, section: String(data.section), title: String(data.title), date, draft: data.draft === true }
    })
    .filter((a) => !a.draft && instant(a.date) <= Date.now())
    .sort((a, b) => instant(b.date) - instant(a.date))
    .map(({ slug, section, title, date }) => ({ slug, section, title, date, url: `/${section}/${slug}` }))
  assert.ok(articles.length > 0, `${brand.id}: no public article in ${root}`)
  return articles
}
