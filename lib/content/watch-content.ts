// The editor's loop in `npm run dev` (scripts/build-content-index.ts --watch, beside
// `contentlayer2 dev` and `next dev`): every save in the built brand's content folder runs the build's own check
// (lib/content/check.ts) and publishes its problems to the pages; the content index is rebuilt from
// contentlayer's output once the check passes.
import { watch, type FSWatcher } from 'chokidar'
import { join } from 'node:path'
import { checkContent } from './check'
import { buildContentIndex, writeProblemsModule } from './content-index'
import { BRANDS_CONTENT_DIR, contentRoot } from './paths'
import { formatProblem } from './validate'

// The files contentlayer compiles (contentlayer.config.ts), not an editor's swap or backup files.
const CONTENTLAYER_SOURCE = /(^|[\\/])[^.\\/][^\\/]*\.(mdx|ya?ml)$/

/**
 * Watches the built brand's content folder (lib/content/paths.ts) and contentlayer's output. Both go through chokidar, not `fs.watch`: Node 20's
 * recursive `fs.watch` on Linux follows each file's inode, so after one save that writes a new
 * file and renames it over the old (vim, `sed -i`, git checkout) it goes on watching the deleted
 * file and never hears of the next save; chokidar (which contentlayer2 dev uses too) re-attaches.
 *
 * Any event starts one sync (check, then index), never two at once, so the last sync sees the files
 * as they are. The index is built only from contentlayer's output of the latest save: contentlayer
 * rewrites its index modules on every generation, even when no document changed (an original
 * restored after an MDX error it never compiled), so a source change waits for that rewrite.
 */
export function watchContentIndex(generatedDirs: string[], root = '.'): { close: () => Promise<void> } {
  let shown: string | undefined // the problems the pages show, as written
  let outputChanged = false // contentlayer wrote since the index was last built
  let awaitingContentlayer = false // a source changed; contentlayer has not written since
  let fallback: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false

  async function syncOnce() {
    let problems
    try {
      ;({ problems } = await checkContent(root))
    } catch (e) {
      return console.error(`Content check failed to run: ${(e as Error).message}`)
    }
    const json = JSON.stringify(problems)
    if (json !== shown) {
      writeProblemsModule(problems)
      shown = json
      if (problems.length) {
        console.error(`Content check: ${problems.length} problem(s), shown in the browser:`)
        for (const p of problems) console.error(`  ${formatProblem(p)}`)
        console.error('The content index waits for the fix.')
      } else console.log('Content check passed.')
    }
    // A bad section or date would break the index: it waits, keeping the last good one. So does
    // contentlayer's output of an earlier save.
    if (problems.length || !outputChanged || awaitingContentlayer) return
    outputChanged = false
    try {
      buildContentIndex(generatedDirs)
      shown = '[]'
    } catch (e) {
      console.error(`Content index not rebuilt: ${(e as Error).message}`)
    }
  }

  function sync() {
    if (running) {
      again = true
      return
    }
    running = (async () => {
      do {
        again = false
        await syncOnce()
      } while (again)
    })().finally(() => (running = undefined))
  }

  let timer: NodeJS.Timeout | undefined
  const later = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(sync, ms)
  }
  const options = { ignoreInitial: true, persistent: true }
  // The first brand's folder (the-news) holds the sister brands' (content/brands/): contentlayer
  // skips them, so a save there would wait for a generation that never comes.
  const own = contentRoot()
  const sisterBrands = BRANDS_CONTENT_DIR.startsWith(`${own}/`) ? join(root, BRANDS_CONTENT_DIR) : undefined
  const watchers: FSWatcher[] = [
    watch(join(root, own), {
      ...options,
      ignored: (path: string) => !!sisterBrands && (path === sisterBrands || path.startsWith(`${sisterBrands}/`)),
    }).on('all', (_event, path) => {
      if (CONTENTLAYER_SOURCE.test(path)) {
        awaitingContentlayer = true
        clearTimeout(fallback)
        // Past this, contentlayer is not going to write (it failed, and said why): the index goes on
        // from what it has.
        fallback = setTimeout(() => {
          awaitingContentlayer = false
          sync()
        }, 10_000)
      }
      later(150)
    }),
    // contentlayer writes a generation's files one after another: one sync after the last.
    watch(generatedDirs, options).on('all', () => {
      awaitingContentlayer = false
      clearTimeout(fallback)
      outputChanged = true
      later(300)
    }),
  ]
  for (const w of watchers) w.on('error', (e) => console.error(`Content watcher: ${(e as Error).message}`))
  sync()
  console.log('Content: checking every save, following contentlayer output…')
  return {
    close: async () => {
      clearTimeout(timer)
      clearTimeout(fallback)
      await Promise.all(watchers.map((w) => w.close()))
      await running
    },
  }
}
