// Builds the search index from contentlayer's output, once per build (after `contentlayer2 build`).
// Written as a module the search page imports, so the index ships inside the server bundle.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { getSection, type SectionId } from '../config/sections'
import { site } from '../config/site'
import { plainTextFromMdx } from '../lib/content/text'
import { buildSearchIndex } from '../lib/search/build-index'
import type { SearchDoc } from '../lib/search/types'

type RawArticle = {
  url: string
  title: string
  summary: string
  section: SectionId
  publishedAt: string
  authors: string[]
  tags: string[]
  draft: boolean
  body: { raw: string }
}

const generated = '.contentlayer/generated'
const articles = JSON.parse(readFileSync(join(generated, 'Article/_index.json'), 'utf8')) as RawArticle[]
const authors = new Map(
  (JSON.parse(readFileSync(join(generated, 'Author/_index.json'), 'utf8')) as { id: string; name: string }[]).map(
    (a) => [a.id, a.name],
  ),
)

const docs: SearchDoc[] = articles.map((a) => ({
  url: a.url,
  title: a.title,
  summary: a.summary,
  section: getSection(a.section).label,
  publishedAt: a.publishedAt,
  authors: a.authors.length ? a.authors.map((id) => authors.get(id) ?? id) : [site.name],
  tags: a.tags,
  text: plainTextFromMdx(a.body.raw),
  draft: a.draft,
}))

const index = buildSearchIndex(docs)
const out = '.contentlayer/search'
mkdirSync(out, { recursive: true })
// JSON.parse of a string literal is the fastest way for V8 to load a large object.
writeFileSync(join(out, 'index.js'), `export default JSON.parse(${JSON.stringify(JSON.stringify(index))})\n`)
writeFileSync(
  join(out, 'index.d.ts'),
  "declare const index: import('../../lib/search/types').SearchIndex\nexport default index\n",
)
console.log(`Search index: ${docs.length} articles, ${index.terms.length} terms.`)
