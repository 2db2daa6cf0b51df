import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { leadImageWidths } from '../content/check'
import { type ParsedMdxFile, checkArticleFile, parseMdxFile } from '../content/check-file'
import { contentDirs } from '../content/paths'
import type { ContentProblem } from '../content/validate'
import { idFromFileName } from '../content/schema'
import { articlePathProblem } from './request'

// What `npm run publish` checks on the editor's machine before sending anything: each file with
// the build's rules and messages (lib/content/check-file.ts), against the repository's authors (the
// built brand's: lib/content/paths.ts) and images, as `npm run build` would. The server checks again, against what the site has.

export type LocalFile = { path: string; text: string; parsed?: ParsedMdxFile }

/** The files read and checked; `problems` empty when all may be sent. */
export async function checkLocalFiles(
  root: string,
  args: readonly string[],
): Promise<{ files: LocalFile[]; problems: ContentProblem[] }> {
  const imageExists = (src: string) => existsSync(join(root, 'public', decodeURI(src.split(/[?#]/)[0]!)))
  const authorsDir = join(root, contentDirs().authors)
  const authorIds = new Set(
    existsSync(authorsDir)
      ? readdirSync(authorsDir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map(idFromFileName)
      : [],
  )
  const problems: ContentProblem[] = []
  const files: LocalFile[] = []
  for (const arg of args) {
    const path = relative(root, join(root, arg)).split(sep).join('/')
    const misplaced = articlePathProblem(path)
    if (misplaced) {
      problems.push(misplaced)
      continue
    }
    if (!existsSync(join(root, path))) {
      problems.push({ file: path, field: '(file)', message: 'no such file' })
      continue
    }
    files.push({ path, text: readFileSync(join(root, path), 'utf8') })
  }
  // Lead images' widths are read first (sharp is async; the rules are not).
  const sources = files.flatMap((f) => {
    const parsed = parseMdxFile(f.path, f.text)
    return 'source' in parsed ? [parsed.source] : []
  })
  const imageWidth = await leadImageWidths(root, sources, imageExists)
  for (const f of files) {
    const checked = await checkArticleFile(f.path, f.text, { authorIds, imageExists, imageWidth })
    problems.push(...checked.problems)
    f.parsed = checked.parsed
  }
  return { files, problems }
}
