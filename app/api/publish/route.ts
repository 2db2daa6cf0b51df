import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { revalidatePath } from 'next/cache'
import { builtArticleDocs, authorDocs } from '@/lib/content/source'
import { getDatabase } from '@/lib/db/database'
import { methodNotAllowed } from '@/lib/http/responses'
import { handlePublish } from '@/lib/publish/handler'

// `npm run publish -- <file>...` (scripts/publish.ts) calls this with the articles' MDX:
//   curl -X POST -H "Authorization: Bearer $PUBLISH_SECRET" -H 'Content-Type: application/json' \
//        -d '{"files": [{"path": "content/articles/mexico/some-story.mdx", "text": "---\n…"}]}' …/api/publish
// (with "images": [{ "path", "data" (base64), "sha256" }] for pictures the site does not have yet).
// What it checks, stores and expires: lib/publish/handler.ts.

/**
 * An image the build serves: a file of public/ where the server has it (`next start`), or a lead
 * image of a built article (the serverless function carries no public/; those files are on the
 * CDN). Images sent with a publish are rows (lib/publish/publish-images.ts looks them up).
 */
function imageExists(src: string): boolean {
  const path = decodeURI(src.split(/[?#]/)[0]!)
  if (path.includes('..')) return false
  return existsSync(join(process.cwd(), 'public', path)) || builtArticleDocs().some((a) => a.image?.src === src)
}

export async function POST(request: Request) {
  return handlePublish(request, {
    db: getDatabase,
    secrets: process.env.PUBLISH_SECRET,
    builtArticles: builtArticleDocs,
    authorIds: () => new Set(authorDocs().map((a) => a.id)),
    imageExists,
    revalidate: (path, type) => revalidatePath(path, type),
  })
}

const notAllowed = () => methodNotAllowed(['POST'])
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
