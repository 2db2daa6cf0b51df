import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { catalogue, refreshOverlayAtMostEvery } from '../catalogue/cache'
import { answerNotFound, setNotFoundFilter } from './not-found-filter'

// Called once when a server process starts (lib/db/open-at-start.ts): this copy of the view (Next
// bundles instrumentation apart from the routes) is what the 404 filter asks.

/** The prerendered 404 page (app/not-found.tsx), as `next build` wrote it. */
export const NOT_FOUND_PAGE = join('.next', 'server', 'app', '_not-found.html')

export function registerNotFoundFilter(dir = process.cwd()): void {
  let page: string | null | undefined
  const notFoundHtml = () => {
    if (page === undefined)
      try {
        page = readFileSync(join(dir, NOT_FOUND_PAGE), 'utf8')
      } catch (e) {
        console.error(`[404] ${NOT_FOUND_PAGE} unreadable, Next's own 404 answers stand: ${String(e)}`)
        page = null
      }
    return page
  }
  setNotFoundFilter(async (url) => {
    // Kept current at most twice a second, so a flood of random URLs is not a flood of queries;
    // a URL withdrawn or published less than that ago may get the previous answer once.
    await refreshOverlayAtMostEvery(500)
    return answerNotFound(url, catalogue(), notFoundHtml())
  })
}
