// Run by `npm run build:serverless` and `build:serverless:local` before `open-next build`, beside
// patch-opennext.mjs and for the same reasons (a build step; the file replaced, not written in
// place; fails the build if the code it replaces has changed). OpenNext 4.1.12's image function
// answers 500 for every failure, a missing source image included (opennextjs-aws #885, open), where
// `next start` answers 404. Our loader (lib/serverless/published-image-loader.ts) throws an error
// with statusCode 404 when neither the assets bucket nor the published images have the source;
// the patch lets that reach Next's optimizer as the 404 it is (Next turns a non-2xx internal
// response into an ImageError with that status) and answers the ImageError's 404 as a 404.
// Anything else stays a 500, as OpenNext has it.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '../../node_modules/@opennextjs/aws')
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const file = join(root, 'dist/adapters/image-optimization-adapter.js')
const MARK = '/* thenews: image 404 (opennextjs-aws #885) */'

const fail = (why) => {
  console.error(`scripts/serverless/patch-opennext-images.mjs: ${why}`)
  console.error('Check whether opennextjs-aws #885 is fixed in this version, then update or remove this patch.')
  process.exit(1)
}
if (version !== '4.1.12') fail(`written for @opennextjs/aws 4.1.12, found ${version}`)

const source = readFileSync(file, 'utf8')
if (source.includes(MARK)) process.exit(0)

/** downloadHandler: the loader found nothing → the internal response is a 404, not a thrown error. */
const DOWNLOAD = '        error("Failed to download image", e);\n        throw e;\n'
/** defaultHandler: Next's ImageError(404) → a 404. */
const HANDLER =
  '        error("Failed to optimize image", e);\n' +
  '        return buildFailureResponse("Internal server error", options?.streamCreator);\n'
for (const [name, text] of [
  ['downloadHandler', DOWNLOAD],
  ['defaultHandler', HANDLER],
])
  if (source.split(text).length !== 2) fail(`the catch block of ${name} was not found once in ${file}`)

const patched = source
  .replace(
    DOWNLOAD,
    `        ${MARK}\n` +
      '        if (e && e.statusCode === 404) {\n' +
      '            res.statusCode = 404;\n' +
      '            res.end();\n' +
      '            return;\n' +
      '        }\n' +
      DOWNLOAD,
  )
  .replace(
    HANDLER,
    `        ${MARK}\n` +
      '        if (e && e.statusCode === 404) {\n' +
      '            return buildFailureResponse("Not found", options?.streamCreator, 404);\n' +
      '        }\n' +
      HANDLER,
  )

const temp = `${file}.${process.pid}.tmp`
writeFileSync(temp, patched)
renameSync(temp, file)
console.log(`patched @opennextjs/aws ${version} dist/adapters/image-optimization-adapter.js (opennextjs-aws #885)`)
