import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/**
 * The MDX options shared by the content checker and contentlayer, so the checker compiles exactly
 * what the build will. GFM brings tables, strikethrough and autolinks, which editors expect.
 */
export const remarkPlugins = [remarkGfm]

/**
 * The one MDX parser outside contentlayer's compile: MDX syntax plus the build's remark plugins.
 * The checker (mdx-check.ts) finds syntax errors and missing attributes with it, and the live
 * updates reader (updates.ts) finds `<Update>` blocks, so both see the tree the build compiles.
 */
export const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins).freeze()
