import { visit } from 'unist-util-visit'
import type { ParsedMdxFile } from './check-file'
import { mdxParser } from './mdx-options'
import { markdownShapeProblems } from './mdx-shape'

// The images an article file points at on the site: its lead image (frontmatter `image.src`) and
// each <Figure src="…"> of its body. `npm run publish` sends those the site lacks, and
// /api/publish accepts only images a sent file names (lib/publish/images.ts).

export type ImageRef = {
  /** The site path, "/images/…". */
  src: string
  /** Where the file names it: "image.src", or "body" for a <Figure>. */
  field: 'image.src' | 'body'
}

/** Paths under public/images: the only sources the image optimizer takes (next.config.js). */
export const isSiteImagePath = (src: string) =>
  src.startsWith('/images/') && !src.includes('..') && !/[?#\\]/.test(src) && !src.includes('//')

/**
 * The site images a parsed file references, the lead image first, each once. A body that does not
 * parse names none (the file's own check reports the syntax error).
 */
export function imagesReferenced(parsed: Pick<ParsedMdxFile, 'source' | 'body'>): ImageRef[] {
  const refs: ImageRef[] = []
  const add = (src: unknown, field: ImageRef['field']) => {
    if (typeof src === 'string' && isSiteImagePath(src) && !refs.some((r) => r.src === src)) refs.push({ src, field })
  }
  const image = parsed.source.data.image
  if (image && typeof image === 'object') add((image as { src?: unknown }).src, 'image.src')
  // A body the parser would take minutes over names none either (mdx-check.ts reports its shape).
  if (markdownShapeProblems('', parsed.body, 1).length > 0) return refs
  let tree
  try {
    tree = mdxParser.parse(parsed.body)
  } catch {
    return refs
  }
  visit(tree, (node) => {
    const n = node as { type: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] }
    if ((n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') || n.name !== 'Figure') return
    add(n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value, 'body')
  })
  return refs
}
