import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { buildContentIndex, REDIRECTS_FILE } from './content-index'

// The redirects file next.config.js turns into 308s, written by the content index from
// contentlayer's output: an alias of a draft or a scheduled story would give its address away in
// the Location header before publication, so only public articles' aliases are in it.

const scratch = mkdtempSync(join(tmpdir(), 'thenews-redirects-'))
const home = process.cwd()
const DAY = 86_400_000

/** One article as contentlayer writes it (the fields the index keeps). */
function generated(slug: string, over: { draft?: boolean; publishedAt: string; aliases: string[] }) {
  return {
    slug,
    url: `/mexico/${slug}`,
    title: `Story ${slug}`,
    summary: 'A summary.',
    section: 'mexico',
    authors: [],
    tags: [],
    corrections: [],
    live: false,
    draft: over.draft ?? false,
    date: over.publishedAt,
    publishedAt: over.publishedAt,
    modifiedAt: over.publishedAt,
    aliases: over.aliases,
    body: { raw: 'Some text.', code: '' },
  }
}

before(() => {
  const now = Date.now()
  const docs = [
    generated('public-story', { publishedAt: new Date(now - DAY).toISOString(), aliases: ['/mexico/old-public'] }),
    generated('draft-story', { draft: true, publishedAt: new Date(now - DAY).toISOString(), aliases: ['/mexico/old-draft'] }),
    generated('scheduled-story', { publishedAt: new Date(now + DAY).toISOString(), aliases: ['/mexico/old-scheduled'] }),
  ]
  const gen = join(scratch, 'generated')
  mkdirSync(join(gen, 'Article'), { recursive: true })
  mkdirSync(join(gen, 'Author'), { recursive: true })
  writeFileSync(join(gen, 'Author/_index.json'), '[]')
  for (const d of docs) writeFileSync(join(gen, 'Article', `${d.slug}.json`), JSON.stringify(d))
  writeFileSync(
    join(gen, 'Article/_index.mjs'),
    docs.map((d, i) => `import a${i} from './${d.slug}.json' with { type: 'json' }\n`).join(''),
  )
  // The index writes under .contentlayer/ of the working folder.
  process.chdir(scratch)
  buildContentIndex([gen])
})
after(() => {
  process.chdir(home)
  rmSync(scratch, { recursive: true, force: true })
})

describe('the redirects of aliases', () => {
  it('are written for public articles only, never for drafts or scheduled stories', () => {
    const redirects = JSON.parse(readFileSync(join(scratch, REDIRECTS_FILE), 'utf8'))
    assert.deepEqual(redirects, [
      { source: '/mexico/old-public', destination: '/mexico/public-story' },
      { source: '/lite/mexico/old-public', destination: '/lite/mexico/public-story' },
    ])
  })
})
