// The build as an editor meets it: copy the project, break one file, run `npm run build`, and read
// what it says. The copy shares node_modules by a symlink; the real content/ is never touched.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { copyProject } from './project-copy'

const COPY = [
  'package.json',
  'tsconfig.json',
  'contentlayer.config.ts',
  'next.config.js',
  'config',
  'lib',
  'scripts',
  'content',
  'public',
  'app',
  'components',
]
const ARTICLE = 'content/articles/mexico/oaxaca-teachers-reach-agreement.mdx'

let dir = ''
let original = ''

function build() {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

function edit(path: string, change: (text: string) => string) {
  writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')))
}

describe('a broken content file fails the build, naming the file and the field', () => {
  before(() => {
    dir = copyProject('content', COPY)
    // The content step's first step (The News): the check reads the brand module it writes.
    const selected = spawnSync(process.execPath, ['scripts/select-brand.mjs'], { cwd: dir, encoding: 'utf8' })
    assert.equal(selected.status, 0, selected.stderr)
    original = readFileSync(join(dir, ARTICLE), 'utf8')
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  const restore = () => writeFileSync(join(dir, ARTICLE), original)

  it('passes the content check on the untouched copy (control)', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/check-content.ts'], { cwd: dir, encoding: 'utf8' })
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /Content check passed: \d+ articles/)
  })

  it('refuses the test run’s own articles unless THENEWS_TEST_ARTICLES=1, so no build publishes them', () => {
    const file = join(dir, 'content/articles/_test/left-behind.mdx')
    mkdirSync(join(dir, 'content/articles/_test'), { recursive: true })
    writeFileSync(file, original.replace(/^title: .*$/m, 'title: Left behind by a test run'))
    try {
      const check = (allowed: string) =>
        spawnSync('npx', ['tsx', 'scripts/check-content.ts'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, THENEWS_TEST_ARTICLES: allowed },
        })
      const refused = check('')
      assert.notEqual(refused.status, 0)
      assert.match(
        `${refused.stdout}${refused.stderr}`,
        /content\/articles\/_test\/left-behind\.mdx: \(file\): written by the test suite, never published/,
      )
      const allowed = check('1')
      assert.equal(allowed.status, 0, allowed.stdout + allowed.stderr)
      assert.match(allowed.stdout, /Content check passed/)
    } finally {
      rmSync(join(dir, 'content/articles/_test'), { recursive: true, force: true })
    }
  })

  const cases: { name: string; change: (t: string) => string; expect: RegExp }[] = [
    {
      name: 'a missing title',
      change: (t) => t.replace(/^title: .*\n/m, ''),
      expect: /content\/articles\/mexico\/oaxaca-teachers-reach-agreement\.mdx: title: required field is missing/,
    },
    {
      name: 'a date that does not parse',
      change: (t) => t.replace(/^date: .*$/m, 'date: 16/06/2023'),
      expect: /oaxaca-teachers-reach-agreement\.mdx: date: "16\/06\/2023" is not an ISO 8601 date/,
    },
    {
      name: 'an unknown section',
      change: (t) => t.replace(/^section: .*$/m, 'section: politics'),
      expect: /oaxaca-teachers-reach-agreement\.mdx: section: unknown section "politics"/,
    },
    {
      name: 'an unknown author',
      change: (t) => t.replace(/^authors: .*$/m, 'authors: [nobody-here]'),
      expect: /oaxaca-teachers-reach-agreement\.mdx: authors\[0\]: unknown author id "nobody-here"/,
    },
    {
      name: 'an image without alt text',
      change: (t) => t.replace(/^tags: .*$/m, (m) => `${m}\nimage:\n  src: /images/mexico/sierra-morning.jpg`),
      expect: /oaxaca-teachers-reach-agreement\.mdx: image\.alt: required field is missing/,
    },
    {
      name: 'broken MDX',
      change: (t) => `${t}\nAn unclosed <b>tag here.\n`,
      expect:
        /oaxaca-teachers-reach-agreement\.mdx: body: line \d+:\d+: MDX syntax error: Expected a closing tag for `<b>`/,
    },
  ]

  for (const c of cases)
    it(`fails on ${c.name}`, () => {
      edit(ARTICLE, c.change)
      try {
        const r = build()
        assert.notEqual(r.status, 0, 'the build should fail')
        assert.match(r.output, c.expect)
        assert.match(r.output, /nothing was built/)
        // The message is the editor's whole answer: no stack trace of the build script after it.
        assert.doesNotMatch(r.output, /Command failed|\n\s+at /)
        // (.next/cache/ may hold the check's own cache: lib/content/content-cache.ts)
        assert.equal(existsSync(join(dir, '.next/BUILD_ID')), false, 'next build must not have run')
        assert.equal(existsSync(join(dir, '.next/server')), false, 'next build must not have run')
      } finally {
        restore()
      }
    })

  it('fails on a slug used twice, naming both files', () => {
    const copy = 'content/articles/world/oaxaca-teachers-reach-agreement.mdx'
    writeFileSync(join(dir, copy), original)
    try {
      const r = build()
      assert.notEqual(r.status, 0)
      assert.match(
        r.output,
        /content\/articles\/mexico\/oaxaca-teachers-reach-agreement\.mdx: slug \(file name\): duplicate slug "oaxaca-teachers-reach-agreement", also used by content\/articles\/world\/oaxaca-teachers-reach-agreement\.mdx/,
      )
    } finally {
      rmSync(join(dir, copy))
    }
  })
})
