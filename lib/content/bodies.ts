import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { bodyFileName, type ArticleBody } from './meta'

/**
 * Reads one article's body from its own file. The files are traced into the server bundle of the
 * routes that read them (next.config.js, outputFileTracingIncludes); a handful of kB each.
 */
export async function readArticleBody(slug: string): Promise<ArticleBody> {
  // Spelled out (not BODIES_DIR) so the bundler's file tracing sees which folder is read.
  const file = join(process.cwd(), '.contentlayer', 'bodies', bodyFileName(slug))
  return JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as ArticleBody
}

/**
 * An article's body: from its published row when one wins over the build (lib/catalogue/overlay.ts),
 * else from the build's file.
 */
export async function articleBody(doc: { slug: string }, row?: ArticleBody): Promise<ArticleBody> {
  return row ? { raw: row.raw, code: row.code } : readArticleBody(doc.slug)
}
