import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { copyProject } from '../scripts/project-copy'

// The editor's loop: `npm run dev` on a copy of the project, an article open in the browser, and
// its file edited as editors do. A bad edit must show the build's own message (file, field, fix) on
// the page; the fix must clear it and show the new text, however the editor saves: in place (VS
// Code), or written beside and renamed over the old file (vim, `sed -i`, git checkout), which
// replaces the file's inode. One dev server for all, in this order, as one editor's session.
test.describe.configure({ mode: 'serial', timeout: 240_000 })

const PORT = 3190
const ARTICLE = 'content/articles/mexico/capital-expands-night-bus-network.mdx'
// localhost, the address `next dev` prints: it serves its live-reload channel to that origin only.
const ORIGIN = `http://localhost:${PORT}`
const ARTICLE_PATH = '/mexico/capital-expands-night-bus-network'
const TITLE = 'Capital expands night bus network to 14 routes after months of rider complaints'

type Save = (file: string, text: string) => void
const inPlace: Save = (file, text) => writeFileSync(file, text)
const besideAndRenamed: Save = (file, text) => {
  const beside = join(dirname(file), `.${basename(file)}.tmp`)
  writeFileSync(beside, text)
  renameSync(beside, file)
}

const BAD_SECTION = {
  edit: (text: string) => text.replace(/^section: mexico$/m, 'section: weather'),
  message: `${ARTICLE}: section: unknown section "weather"; use one of mexico, world, business, tech, sports, culture, opinion`,
}
// An unclosed component: the line that opens it is named. contentlayer never compiles it, so the
// original's output stays as it was.
const UNCLOSED = {
  edit: (text: string) => text.replace(/\n\n([^\n]+)\n*$/, '\n\n<PullQuote by="A reader">\n\n$1\n'),
  message: /: body: line \d+: MDX syntax error: Expected a closing tag for `<PullQuote>`$/,
}

const CASES: {
  name: string
  bad: typeof BAD_SECTION | typeof UNCLOSED
  saveBad: Save
  /** The headline of the fix; none: the original restored byte for byte. */
  headline?: string
  saveFix: Save
}[] = [
  {
    name: 'saved in place (VS Code)',
    bad: BAD_SECTION,
    saveBad: inPlace,
    headline: 'Night buses reach every borough, the city says',
    saveFix: inPlace,
  },
  {
    name: 'written beside and renamed over (vim, sed -i)',
    bad: BAD_SECTION,
    saveBad: besideAndRenamed,
    headline: 'Fourteen night bus routes now cross the capital',
    saveFix: besideAndRenamed,
  },
  {
    name: 'broken with sed -i, then the original copied back over it with cp',
    bad: BAD_SECTION,
    saveBad: besideAndRenamed,
    saveFix: (file, text) => {
      const kept = join(dir, 'original.mdx')
      writeFileSync(kept, text)
      copyFileSync(kept, file)
    },
  },
  {
    name: 'an unclosed component saved in place, then the original renamed back over it (git checkout)',
    bad: UNCLOSED,
    saveBad: inPlace,
    saveFix: besideAndRenamed,
  },
  {
    name: 'an unclosed component after a rename, then fixed in place',
    bad: UNCLOSED,
    saveBad: besideAndRenamed,
    headline: 'Night buses, fixed in place',
    saveFix: inPlace,
  },
]

let dir = ''
let dev: ChildProcess | undefined
let log = ''
let original = ''
// The log without its colours.
const plain = (text: string) => text.replace(/\x1b\[[\d;]*m/g, '')

test.beforeAll(async () => {
  // The copy, the content build and Next's first compile of the article page (a hook's timeout is
  // its own, not the tests').
  test.setTimeout(300_000)
  dir = copyProject(
    'dev',
    [
      'app',
      'components',
      'config',
      'content',
      'lib',
      'public',
      'scripts',
      'assets',
      'proxy.ts',
      'instrumentation.ts',

      'contentlayer.config.ts',
      'next.config.js',
      'tsconfig.json',
      'package.json',
      'package-lock.json',
    ],
    'hardlink',
  )
  dev = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT), PGLITE_DATA_DIR: join(dir, '.data/db') },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  dev.stdout?.on('data', (c) => (log += c))
  dev.stderr?.on('data', (c) => (log += c))
  original = readFileSync(join(dir, ARTICLE), 'utf8')
  try {
    await expect
      .poll(async () => (await fetch(ORIGIN + ARTICLE_PATH).catch(() => null))?.status, {
        timeout: 240_000,
        intervals: [1000],
      })
      .toBe(200)
  } catch (e) {
    throw new Error(`${(e as Error).message}\n--- npm run dev said:\n${log.slice(-4000)}`)
  }
})

test.afterEach(({}, info) => {
  if (info.status !== info.expectedStatus) console.error(`--- npm run dev said:\n${log.slice(-4000)}`)
})

test.afterAll(async () => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM')
  await new Promise((r) => setTimeout(r, 1000))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('on a clean checkout, npm run dev prints no warnings while it serves pages', async ({ page }) => {
  // Two pages, two compiles; what the browser logs to its console, Next prints too ([browser]).
  for (const [path, heading] of [
    [ARTICLE_PATH, TITLE],
    ['/', undefined],
  ] as const) {
    await page.goto(ORIGIN + path)
    if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect.poll(() => plain(log), { timeout: 30_000 }).toMatch(new RegExp(`GET ${path} 200`))
  }
  await page.waitForTimeout(2000)
  expect(log).toContain('Content check passed.')
  // Next times a write to .next/dev at start and warns when the disk is slow: a fact about a busy
  // machine (CI runs builds beside it), not about this project, so that one notice is let through.
  const ours = plain(log).replace(/.*⚠ Slow filesystem detected.*\n(.*See more: .*local-development.*\n)?/g, '')
  expect(ours).not.toMatch(/warn|⚠|error|\[browser\]/i)
})

async function expectArticle(page: Page, headline: string) {
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline, { timeout: 2000 })
  }).toPass({ timeout: 30_000 })
  await expect(page.getByText('The content has')).toHaveCount(0)
}

test('the list of save styles is not empty', () => expect(CASES.length).toBeGreaterThan(0))

for (const c of CASES)
  test(`a bad edit ${c.name}: the browser shows file, field and fix; the fix clears it`, async ({ page }) => {
    const file = join(dir, ARTICLE)
    await page.goto(ORIGIN + ARTICLE_PATH)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('The content has a problem')

    c.saveBad(file, c.bad.edit(original))
    await expect(async () => {
      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The content has a problem', { timeout: 2000 })
      await expect(page.getByRole('listitem')).toHaveText(c.bad.message, { timeout: 2000 })
    }).toPass({ timeout: 30_000 })

    const fixedAt = log.length
    c.saveFix(file, c.headline ? original.replace(/^title: .*$/m, `title: ${c.headline}`) : original)
    await expectArticle(page, c.headline ?? TITLE)
    await expect.poll(() => log.slice(fixedAt), { timeout: 10_000 }).toContain('Content check passed.')
    expect(log.slice(fixedAt)).not.toContain('not rebuilt')
  })
