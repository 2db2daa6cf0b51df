import { register } from 'node:module'

// The content index's modules (.contentlayer/slim/*.js, .contentlayer/search/index.js) are ES
// modules that Next bundles, but .contentlayer/package.json (contentlayer's) declares no "type", so
// plain Node would load them as CommonJS. Unit tests that read the real index through
// lib/content/source.ts import this first, then the modules under test dynamically.
const HOOK = `import { readFile } from 'node:fs/promises'
export async function load(url, context, next) {
  if (!/\\/\\.contentlayer\\/(slim|search)\\/[^/]+\\.js$/.test(url)) return next(url, context)
  return { format: 'module', shortCircuit: true, source: await readFile(new URL(url), 'utf8') }
}`

register(`data:text/javascript,${encodeURIComponent(HOOK)}`)
