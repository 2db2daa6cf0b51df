// `tsx scripts/build-content-index.ts [--watch]`: after contentlayer2, the slim index, the body
// files and the search index (lib/content/content-index.ts), then the crops of lead photos for
// search engines (lib/content/renditions.ts); with --watch (`npm run dev`), the editor's loop
// (lib/content/watch-content.ts). CONTENTLAYER_GENERATED lists contentlayer's output
// folders, colon-separated, when the build ran in shards.
import { buildContentIndex } from '../lib/content/content-index'
import { writeRenditions } from '../lib/content/renditions'
import { watchContentIndex } from '../lib/content/watch-content'

const generatedDirs = (process.env.CONTENTLAYER_GENERATED || '.contentlayer/generated').split(':')
const { leadImages } = buildContentIndex(generatedDirs)
const written = await writeRenditions('.', leadImages)
if (written) console.log(`Renditions: ${written} crops of lead photos written to public/renditions.`)
if (process.argv.includes('--watch')) watchContentIndex(generatedDirs, '.')
