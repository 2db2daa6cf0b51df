// After `contentlayer2 build` (scripts/build-content-index.ts runs it): splits contentlayer's output into what the site loads.
// - .contentlayer/slim/articles.js, authors.js: every article's metadata (no body), imported by
//   lib/content/source.ts, so every list, feed and sitemap works from a small index;
// - .contentlayer/slim/build.js: when this index was built (`builtAt`): a published row counts over
//   a built article only when stored after it (lib/catalogue/overlay.ts);
// - .contentlayer/bodies/{slug}.json.gz: each body (MDX source + compiled code), read on demand;
// - .contentlayer/search/index.js: the search index, without the body text (snippets are made
//   from the bodies of the ten results shown);
// - .contentlayer/emoji/{code}.svg: the emoji that headlines use, for share cards (lib/share-card/share-card-text.ts).
// Reads contentlayer's per-document files one at a time, so memory stays flat as the archive grows.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SECTIONS } from '../../config/sections'
import { site } from '../../config/site'
import { BODIES_DIR, bodyFileName, type ArticleMeta, type AuthorMeta, type StandardsPage } from './meta'
import { ARTICLE_META_KEYS, AUTHOR_META_KEYS, PAGE_META_KEYS, pickFields, type PageMetaFromSchema } from './schema'
import { plainTextFromMdx } from './text'
import type { ContentProblem } from './validate'
import { buildSearchIndex } from '../search/build-index'
import { toSearchSource } from '../search/search-source'
import type { SearchSource } from '../search/types'
import { packTexts } from '../search/texts'
import { EMOJI_DIR, emojiCodesIn } from '../share-card/share-card-text'

type Generated = Record<string, unknown> & { body: { raw: string; code: string } }

// JSON.parse of a string literal is the fastest way for V8 to load a large object.
const asModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`
const kb = (n: number) => `${Math.round(n / 1024)} kB`

/** Builds the index from contentlayer's output: one folder, or one per shard. */
export function buildContentIndex(generatedDirs: string[]): { leadImages: string[] } {
  const authors = (
    JSON.parse(readFileSync(join(generatedDirs[0]!, 'Author/_index.json'), 'utf8')) as Record<string, unknown>[]
  ).map((doc) => pickFields<AuthorMeta>(doc, AUTHOR_META_KEYS))
  const authorName = new Map(authors.map((a) => [a.id, a.name]))

  rmSync(BODIES_DIR, { recursive: true, force: true })
  mkdirSync(BODIES_DIR, { recursive: true })
  const metas: ArticleMeta[] = []
  const searchDocs: SearchSource[] = []
  let bodyBytes = 0
  // The files of this build, as contentlayer's own index module imports them (the folder can hold
  // files of articles since deleted).
  const files = generatedDirs.flatMap((dir) =>
    [...readFileSync(join(dir, 'Article/_index.mjs'), 'utf8').matchAll(/from '\.\/([^']+\.json)'/g)]
      .map((m) => join(dir, 'Article', m[1]!))
      .sort(),
  )
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Generated
    const { body } = doc
    // The schema's fields and computed fields, nothing else (lib/content/schema.ts).
    const meta = pickFields<ArticleMeta>(doc, ARTICLE_META_KEYS)
    metas.push(meta)
    const gz = gzipSync(JSON.stringify({ raw: body.raw, code: body.code }), { level: 9 })
    bodyBytes += gz.length
    writeFileSync(join(BODIES_DIR, bodyFileName(meta.slug)), gz)
    searchDocs.push(toSearchSource(meta, plainTextFromMdx(body.raw), authorName))
  }

  mkdirSync('.contentlayer/slim', { recursive: true })
  writeFileSync('.contentlayer/slim/articles.js', asModule(metas))
  writeFileSync(
    '.contentlayer/slim/articles.d.ts',
    "declare const articles: import('../../lib/content/meta').ArticleMeta[]\nexport default articles\n",
  )
  // The standards pages are few and short: kept whole, compiled body included.
  const pagesIndex = join(generatedDirs[0]!, 'Page/_index.json')
  const pages: StandardsPage[] = existsSync(pagesIndex)
    ? (JSON.parse(readFileSync(pagesIndex, 'utf8')) as Generated[]).map((doc) => ({
        ...pickFields<PageMetaFromSchema>(doc, PAGE_META_KEYS),
        code: doc.body.code,
      }))
    : []
  writeFileSync('.contentlayer/slim/pages.js', asModule(pages))
  writeFileSync(
    '.contentlayer/slim/pages.d.ts',
    "declare const pages: import('../../lib/content/meta').StandardsPage[]\nexport default pages\n",
  )
  writeFileSync('.contentlayer/slim/authors.js', asModule(authors))
  writeFileSync(
    '.contentlayer/slim/authors.d.ts',
    "declare const authors: import('../../lib/content/meta').AuthorMeta[]\nexport default authors\n",
  )

  const emoji = copyHeadlineEmoji([
    ...metas.map((m) => m.title),
    ...SECTIONS.map((s) => s.label),
    site.description,
    site.tagline,
  ])

  // The texts snippets are cut from, packed apart from the index (lib/search/texts.ts).
  const texts = packTexts(searchDocs.map((d) => d.text))
  const index = buildSearchIndex(searchDocs.map((d, i) => ({ ...d, textAt: texts.slots[i]! })))
  mkdirSync('.contentlayer/search', { recursive: true })
  writeFileSync('.contentlayer/search/texts.bin', texts.data)
  writeFileSync('.contentlayer/search/index.js', asModule(index))
  writeFileSync(
    '.contentlayer/search/index.d.ts',
    "declare const index: import('../../lib/search/types').SearchIndex\nexport default index\n",
  )
  // Aliases (old addresses) are answered at run time from the merged view, published articles'
  // included (lib/http/not-found-filter.ts), no longer as next.config.js redirects fixed at build.
  const buildTime = Date.now()
  const aliases = metas.reduce((n, m) => n + m.aliases.length, 0)
  writeFileSync('.contentlayer/slim/build.js', asModule({ builtAt: new Date(buildTime).toISOString() }))
  writeFileSync(
    '.contentlayer/slim/build.d.ts',
    'declare const build: { builtAt: string }\nexport default build\n',
  )
  // The build's check passed (it runs first and stops the build otherwise).
  writeProblemsModule([])
  console.log(
    `Content index: ${metas.length} articles (${kb(JSON.stringify(metas).length)} of metadata, ` +
      `${kb(bodyBytes)} of gzipped bodies); search: ${index.terms.length} terms; ${emoji} emoji for share cards; ` +
      `${aliases} aliases.`,
  )
  return { leadImages: metas.flatMap((m) => (m.image ? [m.image.src] : [])) }
}


/**
 * Copies Twemoji's SVG of every emoji in these texts into EMOJI_DIR, which the share-card routes
 * carry (next.config.js): a handful of files instead of the package's 3,700. An emoji Twemoji
 * lacks is left out of the card. Returns how many were copied.
 */
function copyHeadlineEmoji(texts: string[]): number {
  const twemoji = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'))
  rmSync(EMOJI_DIR, { recursive: true, force: true })
  mkdirSync(EMOJI_DIR, { recursive: true })
  let copied = 0
  for (const code of emojiCodesIn(texts)) {
    const source = [code, code.replaceAll('-fe0f', '')].map((c) => join(twemoji, `${c}.svg`)).find(existsSync)
    if (!source) continue
    copyFileSync(source, join(EMOJI_DIR, `${code}.svg`))
    copied++
  }
  return copied
}

/**
 * The problems the last check found, as a module the pages import (`contentlayer/problems`): in
 * `npm run dev` the root layout throws them (lib/content/source.ts), so an editor sees file, field
 * and fix in the browser, and Next reloads the page when the module changes (a fix clears it).
 */
export function writeProblemsModule(problems: ContentProblem[]): void {
  mkdirSync('.contentlayer/slim', { recursive: true })
  writeFileSync('.contentlayer/slim/problems.js', asModule(problems))
  writeFileSync(
    '.contentlayer/slim/problems.d.ts',
    "declare const problems: import('../../lib/content/validate').ContentProblem[]\nexport default problems\n",
  )
}
