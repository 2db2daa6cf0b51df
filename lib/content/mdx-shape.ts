import type { ContentProblem } from './validate'

// The Markdown parser (micromark, under MDX) takes time that grows faster than the text for a few
// shapes no article has: containers nested deep (`> > > …`, `- - - …`, lists indented level under
// level) and long runs of emphasis markers. A 2 MiB publish of `> ` repeated, or of 100,000 `*`,
// held the server's one thread for minutes, every reader's page with it (/api/publish parses what
// it receives before anything else). These limits are far past any real article and are checked
// line by line, in linear time, before the body is parsed at all.

/** Blockquote and list markers opening one line: `> > - 1. ` is 4. */
export const MAX_NESTING = 16
/** Columns of white space before a line's text (a tab counts 4): 16 levels of list, indented. */
export const MAX_INDENT = 64
/** The same emphasis or strikethrough character in a row (`*`, `_`, `~`). */
export const MAX_MARKER_RUN = 64

const CONTAINER = /^[ \t]*(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/

function nesting(line: string): number {
  let depth = 0
  let rest = line
  for (let m = CONTAINER.exec(rest); m && depth <= MAX_NESTING; m = CONTAINER.exec(rest)) {
    depth++
    rest = rest.slice(m[0].length)
  }
  return depth
}

function indent(line: string): number {
  let width = 0
  for (const ch of line) {
    if (ch === ' ') width++
    else if (ch === '\t') width += 4
    else break
  }
  return width
}

/** The lines shaped past the limits, each named with its line in the file; empty for any article. */
export function markdownShapeProblems(file: string, body: string, firstBodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = []
  const lines = body.split('\n')
  for (const [i, text] of lines.entries()) {
    const where = `line ${i + firstBodyLine}: `
    const run = new RegExp(`([*_~])\\1{${MAX_MARKER_RUN},}`).exec(text)
    let message: string | undefined
    if (nesting(text) > MAX_NESTING)
      message = `more than ${MAX_NESTING} quotes or lists nested in one another; an article needs a few at most`
    else if (indent(text) > MAX_INDENT)
      message = `indented more than ${MAX_INDENT} spaces; an article's lists and quotes need a few levels at most`
    else if (run)
      message = `more than ${MAX_MARKER_RUN} "${run[1]}" in a row; for a divider write *** on a line of its own`
    if (message) problems.push({ file, field: 'body', message: where + message })
    // One problem per kind is enough to fix the file, and a bad body can have a million lines.
    if (problems.length >= 3) break
  }
  return problems
}
