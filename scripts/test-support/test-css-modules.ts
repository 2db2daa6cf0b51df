import { register } from 'node:module'

// Unit tests that render the site's components (lib/syndication/feed-html.test.ts) run in plain Node, which
// cannot import a stylesheet: this loader hook answers every `*.module.css` import with a map
// whose class names are their own keys, as Next's CSS modules would give hashed ones. Import
// this first, then the components dynamically (static imports are all loaded before any runs).
const HOOK = `export async function load(url, context, next) {
  if (!url.endsWith('.module.css')) return next(url, context)
  return {
    format: 'module',
    shortCircuit: true,
    source: 'export default new Proxy({}, { get: (_, key) => (typeof key === "string" ? key : undefined) })',
  }
}`

register(`data:text/javascript,${encodeURIComponent(HOOK)}`)
