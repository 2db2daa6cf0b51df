import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { copyProject } from '../scripts/project-copy'

// The editor's loop: `npm run dev` on a copy of the project, an article open in the browser, and
// its file edited as an editor would. A bad edit must show the build's own message (file, field,
// fix) on the page; the fix must clear it and show the new text.
test.describe.configure({ timeout: 240_000 })

const PORT = 3190
const ARTICLE = 'content/articles/mexico/capital-expands-night-bus-network.mdx'
const URL = `http://127.0.0.1:${PORT}/mexico/capital-expands-night-bus-network`

test('a bad edit shows its file, field and fix in the browser, and the fix clears it', async ({ page }) => {
  const dir = copyProject(
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
  let log = ''
  const dev: ChildProcess = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT), PGLITE_DATA_DIR: join(dir, '.data/db') },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  dev.stdout?.on('data', (c) => (log += c))
  dev.stderr?.on('data', (c) => (log += c))
  const file = join(dir, ARTICLE)
  const original = readFileSync(file, 'utf8')
  try {
    await expect
      .poll(async () => (await fetch(URL).catch(() => null))?.status, { timeout: 150_000, intervals: [1000] })
      .toBe(200)
    await page.goto(URL)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // A section that does not exist.
    writeFileSync(file, original.replace(/^section: mexico$/m, 'section: politics'))
    await expect(async () => {
      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The content has a problem', { timeout: 2000 })
      await expect(page.getByRole('listitem')).toHaveText(
        `${ARTICLE}: section: unknown section "politics"; use one of mexico, world, business, tech, sports, culture, opinion`,
      )
    }).toPass({ timeout: 30_000 })

    // An unclosed component: the line that opens it is named.
    writeFileSync(file, original.replace(/\n\n([^\n]+)\n*$/, '\n\n<PullQuote by="A reader">\n\n$1\n'))
    await expect(async () => {
      await page.reload()
      await expect(page.getByRole('listitem')).toHaveText(
        /: body: line \d+: MDX syntax error: Expected a closing tag for `<PullQuote>`$/,
        { timeout: 2000 },
      )
    }).toPass({ timeout: 30_000 })

    // The fix, with a new headline: the page shows it, and no problem any more.
    const headline = 'Night buses reach every borough, the city says'
    writeFileSync(file, original.replace(/^title: .*$/m, `title: ${headline}`))
    await expect(async () => {
      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline, { timeout: 2000 })
    }).toPass({ timeout: 30_000 })
    await expect(page.getByText('The content has')).toHaveCount(0)
  } catch (e) {
    throw new Error(`${(e as Error).message}\n--- npm run dev said:\n${log.slice(-4000)}`)
  } finally {
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 1000))
    rmSync(dir, { recursive: true, force: true })
  }
})
