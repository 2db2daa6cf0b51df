// `tsx scripts/build-content-index.ts [--watch]`: after contentlayer2, the slim index, the body
// files and the search index (lib/content/content-index.ts). CONTENTLAYER_GENERATED lists
// contentlayer's output folders, colon-separated, when the build ran in shards.
import { buildContentIndex, watchContentIndex } from '../lib/content/content-index'

const generatedDirs = (process.env.CONTENTLAYER_GENERATED || '.contentlayer/generated').split(':')
buildContentIndex(generatedDirs)
if (process.argv.includes('--watch')) watchContentIndex(generatedDirs, '.')
