import { join } from 'node:path'
import type { ReactElement } from 'react'

// Server components rendered to a string of HTML, for the two places that need markup outside a
// page: the lite article (a whole document with no JavaScript: app/lite/…/route.tsx) and the live
// JSON's update markup. Next refuses `import … from 'react-dom/server'` in app/ code (it would
// mix React's server-component and DOM builds in one bundle), so React DOM's own
// renderToStaticMarkup is loaded from node_modules when first needed, outside the bundle; the
// components it renders are plain functions without hooks, which both builds render the same.
// docs/decisions/0018-lite-pages-as-a-route-handler.md

type Renderer = (element: ReactElement) => string
let render: Renderer | undefined

export function renderStaticMarkup(element: ReactElement): string {
  if (!render) {
    // Node's own require, from the app's folder; the bundler rewrites `require` and `createRequire`
    // it can see, so both are reached through process.getBuiltinModule.
    const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module')
    const load = createRequire(join(process.cwd(), 'package.json'))
    render = (load('react-dom/server') as { renderToStaticMarkup: Renderer }).renderToStaticMarkup
  }
  return render(element)
}
