import { compile } from '@mdx-js/mdx'
import { checkMdxBody } from '../content/mdx-check'
import { remarkPlugins } from '../content/mdx-options'
import type { ContentProblem } from '../content/validate'

/** A body the build would refuse: its problems, each naming file, line and what to do. */
export class MdxRefusedError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'))
    this.name = 'MdxRefusedError'
  }
}

/** Where the body sits, so problems name the editor's file and its lines. */
export type BodySource = { file: string; firstBodyLine: number }

/**
 * Compiles one published article's body (MDX without frontmatter) to the code lib/render/mdx.ts
 * runs. The build's checker runs first and nothing is compiled if it finds a problem: it refuses
 * MDX's JavaScript, so the code holds only `_jsx` calls of the known components with literal
 * strings (docs/decisions/0019-publish-in-seconds.md). Same remark plugins as the build (which has no
 * rehype plugins).
 */
export async function compileBody(
  body: string,
  source: BodySource = { file: 'body', firstBodyLine: 1 },
): Promise<{ code: string }> {
  const problems = await checkMdxBody(source.file, body, source.firstBodyLine)
  if (problems.length > 0) throw new MdxRefusedError(problems)
  try {
    const compiled = await compile(body, { outputFormat: 'function-body', development: false, remarkPlugins })
    return { code: String(compiled) }
  } catch (error) {
    // The checker parses with the same syntax, so this is rare; still the editor's input, not a crash.
    const message = `MDX compile error: ${(error as Error).message}`
    throw new MdxRefusedError([{ file: source.file, field: 'body', message }])
  }
}
