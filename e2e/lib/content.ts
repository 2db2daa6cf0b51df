// What the e2e tests expect, read straight from the MDX and YAML files with a YAML parser of their
// own, so a bug in lib/ or the contentlayer step cannot hide by agreeing with itself.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import { contentDirs } from '../../lib/content/paths'

// The built brand's folders (content/ for The News, content/brands/{id}/ for a sister brand).
const dirs = contentDirs()

export type ExpectedArticle = {
  slug: string
  section: string
  title: string
  summary: string
  date: string
  updated?: string
  authors: string[]
  tags: string[]
  draft: boolean
  image?: { src: string; alt: string; caption?: string; credit: string }
  type?: string
  corrections: { date: string; text: string; kind?: 'correction' | 'clarification' }[]
  aliases: string[]
  live: boolean
  url: string
  /** The MDX file, from the project folder (any folder under the brand's articles folder). */
  file: string
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

const allArticles: ExpectedArticle[] = walk(dirs.articles)
  .filter((p) => p.endsWith('.mdx'))
  .map((p) => {
    const data = matter(readFileSync(p, 'utf8'), { engines: { yaml: (s: string) => parseYaml(s) } }).data
    const slug = p
      .split('/')
      .pop()!
      .replace(/\.mdx$/, '')
    return {
      slug,
      authors: [],
      tags: [],
      draft: false,
      corrections: [],
      aliases: [],
      live: false,
      ...data,
      url: `/${data.section}/${slug}`,
      file: p,
    } as unknown as ExpectedArticle
  })

const isScheduled = (a: ExpectedArticle) => !a.draft && instant(a.date) > Date.now()
export const publicArticles = allArticles.filter((a) => !a.draft && !isScheduled(a))
export const drafts = allArticles.filter((a) => a.draft)
/**
 * Dated in the future, invisible until then; soonest first. The test run writes one two weeks
 * ahead of its own clock (scripts/make-test-articles.ts), so there is one on any date.
 */
export const scheduled = allArticles.filter(isScheduled).sort((a, b) => instant(a.date) - instant(b.date))
/** Everything a reader must never find: drafts and scheduled articles. */
export const unpublished = [...drafts, ...scheduled]

export const authors = readdirSync(dirs.authors).map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  sameAs: [] as string[],
  languages: [] as string[],
  ...(parseYaml(readFileSync(join(dirs.authors, f), 'utf8')) as {
    name: string
    role: string
    bio: string
    avatar?: string
    expertise?: string
    sameAs?: string[]
    languages?: string[]
    email?: string
  }),
}))

/** The standards pages ({brand folder}/pages/{slug}.mdx). */
export const standardsPages = readdirSync(dirs.pages).map((f) => {
  const { data } = matter(readFileSync(join(dirs.pages, f), 'utf8'), {
    engines: { yaml: (s: string) => parseYaml(s) },
  })
  return { slug: f.replace(/\.mdx$/, ''), title: data.title as string, summary: data.summary as string }
})

/** The type an article's page shows: its own, or opinion in the opinion section, or news. */
export const typeOf = (a: ExpectedArticle) => a.type ?? (a.section === 'opinion' ? 'opinion' : 'news')

/** The frontmatter date as an instant (Mexico City time when no offset is written). */
export const instantOf = (date: string) => instant(date)

/** Newest first by the frontmatter date (offsets given or -06:00; fine for ordering the sample). */
export const byNewest = (a: ExpectedArticle, b: ExpectedArticle) => instant(b.date) - instant(a.date)

function instant(date: string) {
  return /[zZ]|[+-]\d\d:?\d\d$/.test(date)
    ? Date.parse(date)
    : Date.parse(`${date.length === 10 ? `${date}T00:00` : date}-06:00`)
}

// Every spec loops over these lists: an empty one would make its loops pass by running zero times.
for (const [name, list] of Object.entries({ publicArticles, drafts, scheduled, authors, standardsPages })) {
  if (list.length === 0)
    throw new Error(`e2e/lib/content.ts: no ${name} in ${dirs.root}/ (tests would loop over nothing)`)
}
