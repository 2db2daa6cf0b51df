// Run by `npm run build:serverless` and `build:serverless:local` after `open-next build`: puts the
// prerendered 404 page (app/not-found.tsx, as `next build` wrote it) into the server function.
// OpenNext copies into the function only the files Next traced, and a prerendered page's HTML is
// not one of them (it goes to the cache bucket), but the 404 filter reads that file from the
// function's folder at start (lib/http/register-not-found-filter.ts, NOT_FOUND_PAGE); without it
// every 404 on the Lambda stayed Next's empty `__next_error__` shell.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

const PAGE = join('.next', 'server', 'app', '_not-found.html')
const FUNCTION = join('.open-next', 'server-functions', 'default')

if (!existsSync(PAGE) || !existsSync(FUNCTION)) {
  console.error(`scripts/serverless/keep-not-found-page.mjs: ${existsSync(PAGE) ? FUNCTION : PAGE} is missing`)
  process.exit(1)
}
const to = join(FUNCTION, PAGE)
mkdirSync(dirname(to), { recursive: true })
copyFileSync(PAGE, to)
