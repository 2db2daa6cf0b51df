import { safeLocalPath } from './paths'

type RevalidateRequest = { paths: string[]; tags: string[] }

const MAX_ITEMS = 200

/**
 * Validates the body of POST /api/revalidate: `{ "paths": ["/mexico/a-story"], "tags": ["most-read"] }`,
 * at least one of the two. Returns the request or a message saying exactly what is wrong.
 */
export function parseRevalidateRequest(body: unknown): RevalidateRequest | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { error: 'Expected a JSON object like {"paths": ["/mexico/some-article"], "tags": ["most-read"]}.' }
  }
  const unknown = Object.keys(body).filter((k) => k !== 'paths' && k !== 'tags')
  if (unknown.length) return { error: `Unknown field(s): ${unknown.join(', ')}. Use "paths" and/or "tags".` }
  const { paths = [], tags = [] } = body as { paths?: unknown; tags?: unknown }
  for (const [name, list] of [
    ['paths', paths],
    ['tags', tags],
  ] as const) {
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
      return { error: `"${name}" must be an array of strings.` }
    }
    if (list.length > MAX_ITEMS) return { error: `"${name}" has ${list.length} items; the limit is ${MAX_ITEMS}.` }
  }
  const pathList = paths as string[]
  const tagList = tags as string[]
  if (pathList.length + tagList.length === 0) return { error: 'Nothing to revalidate: give "paths" or "tags".' }
  const badPath = pathList.find((p) => safeLocalPath(p) !== p || p.includes('?'))
  if (badPath !== undefined)
    return { error: `Not a path on this site: ${JSON.stringify(badPath)}. Paths start with "/".` }
  const badTag = tagList.find((t) => !/^[\w:.\/-]{1,256}$/.test(t))
  if (badTag !== undefined) {
    return { error: `Not a valid tag: ${JSON.stringify(badTag)} (letters, digits, _ - . : / only, at most 256).` }
  }
  return { paths: [...new Set(pathList)], tags: [...new Set(tagList)] }
}
