import remarkGfm from 'remark-gfm'

/**
 * The MDX options shared by the content checker and contentlayer, so the checker compiles exactly
 * what the build will. GFM brings tables, strikethrough and autolinks, which editors expect.
 */
export const remarkPlugins = [remarkGfm]
