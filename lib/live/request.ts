import { parseContentDate } from '../dates'
import { liveMarkdownToHtml } from './markdown'

// The body of POST /api/live/{section}/{slug} and PATCH …/{id}: checked whole before anything is
// stored, so a bad request changes nothing, and each problem names its field.

export type ParsedUpdate = { time?: Date; title?: string | null; body?: string; key?: boolean; pinned?: boolean }

const FIELDS = ['time', 'title', 'body', 'key', 'pinned'] as const
const MAX_BODY = 20_000
const MAX_TITLE = 200
/** Deeper Markdown nesting (quotes in quotes, lists in lists) is refused: it cannot be news, and
 * thousands of levels overflow the renderer's stack (found by an attacker's review). */
const MAX_NESTING = 8

// NUL and the other C0 controls but tab, newline and carriage return: PostgreSQL refuses NUL in
// text, and none of them belongs in an update.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/

/** The deepest nesting of block quotes and list items in a Markdown text, read line by line. */
function nesting(markdown: string): number {
  let deepest = 0
  for (const line of markdown.split('\n')) {
    const quotes = /^[\s>]*/.exec(line)![0].split('>').length - 1
    const indent = /^\s*/.exec(line.replace(/^[\s>]*/, (m) => m.replace(/>/g, '')))![0].length
    const markers =
      /^(?:\s*(?:[-*+]|\d+[.)])\s+)+/.exec(line.replace(/^[\s>]*/, ''))?.[0].match(/[-*+]|\d+[.)]/g)?.length ?? 0
    deepest = Math.max(deepest, quotes + markers + Math.floor(indent / 2))
  }
  return deepest
}

/**
 * Validates an update. `partial` (PATCH) makes every field optional but still wants one;
 * otherwise `body` is required. `time` is ISO 8601, Mexico City time without an offset, and at
 * most a minute in the future (updates report what happened).
 */
export function parseUpdateInput(
  input: unknown,
  { partial = false, now = Date.now() } = {},
): { update: ParsedUpdate } | { error: string; field?: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { error: 'Expected a JSON object like {"title": "…", "body": "Markdown text"}.' }
  const data = input as Record<string, unknown>
  const unknown = Object.keys(data).filter((k) => !(FIELDS as readonly string[]).includes(k))
  if (unknown.length) return { field: unknown[0], error: `Unknown field "${unknown[0]}"; use ${FIELDS.join(', ')}.` }
  const update: ParsedUpdate = {}
  if (data.time !== undefined) {
    const time = typeof data.time === 'string' ? parseContentDate(data.time) : null
    if (!time)
      return { field: 'time', error: '"time" must be an ISO 8601 time, e.g. 2026-11-29T09:15 (Mexico City time).' }
    if (time.getTime() > now + 60_000) return { field: 'time', error: '"time" is in the future.' }
    update.time = time
  }
  if (data.title !== undefined) {
    if (data.title !== null && typeof data.title !== 'string') return { field: 'title', error: '"title" must be text.' }
    const title = typeof data.title === 'string' ? data.title.trim() : ''
    if (title.length > MAX_TITLE) return { field: 'title', error: `"title" is longer than ${MAX_TITLE} characters.` }
    if (CONTROL.test(title)) return { field: 'title', error: '"title" contains control characters.' }
    update.title = title || null
  }
  if (data.body !== undefined || !partial) {
    if (typeof data.body !== 'string' || data.body.trim() === '')
      return { field: 'body', error: '"body" is required: the update\'s text, in Markdown.' }
    if (data.body.length > MAX_BODY) return { field: 'body', error: `"body" is longer than ${MAX_BODY} characters.` }
    if (CONTROL.test(data.body)) return { field: 'body', error: '"body" contains control characters.' }
    if (nesting(data.body) > MAX_NESTING)
      return { field: 'body', error: `"body" nests quotes or lists more than ${MAX_NESTING} levels deep.` }
    // What is stored must render: a body that cannot is refused now, not on every reader's page.
    try {
      liveMarkdownToHtml(data.body)
    } catch {
      return { field: 'body', error: '"body" is not Markdown that can be shown.' }
    }
    update.body = data.body.trim()
  }
  for (const flag of ['key', 'pinned'] as const)
    if (data[flag] !== undefined) {
      if (typeof data[flag] !== 'boolean') return { field: flag, error: `"${flag}" must be true or false.` }
      update[flag] = data[flag]
    }
  if (partial && Object.keys(update).length === 0) return { error: 'Nothing to change: give at least one field.' }
  return { update }
}
