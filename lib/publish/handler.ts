import { createHash } from 'node:crypto'
import { checkArticleFile } from '../content/check-file'
import type { ArticleMeta } from '../content/meta'
import { aliasCollisions } from '../content/validate-aliases'
import { type ContentProblem, formatProblem } from '../content/validate'
import type { Database } from '../db/types'
import { HttpError, readJsonBody } from '../http/body'
import { metaFromFile, searchTextOf } from './article-from-file'
import { MdxRefusedError, compileBody } from './compile'
import { crossFileProblems, sectionMoves, siteArticles } from './cross-check'
import { type PathToExpire, pathsToExpire } from './expire'
import { ImageConflictError } from './image-store'
import { MAX_IMAGE_BYTES, MAX_IMAGES } from './images'
import { imagesOfPublish } from './publish-images'
import { publishKeyOf } from './keys'
import { parsePublishRequest } from './request'
import {
  type ArticleToPublish,
  type ArticleToWithdraw,
  PublishConflictError,
  applyPublish,
  loadPublishedSince,
} from './store'

// POST /api/publish (app/api/publish/route.ts; docs/decisions/0019-publish-in-seconds.md): the
// secret, the body, each file held to the build's rules, the rules across files against what the
// site has, compiled, stored in one transaction, then the pages that show it expired. Any problem
// with what was sent is a 4xx naming file and field, and nothing is stored.

/** The articles' text in one publish: large enough for dozens of long articles (413 past it). */
export const MAX_PUBLISH_BYTES = 2 * 1024 * 1024
/** Images in one publish, together (each at most MAX_IMAGE_BYTES). */
export const MAX_PUBLISH_IMAGE_BYTES = 4 * MAX_IMAGE_BYTES
/** The whole request: the text, the images base64-encoded (4/3), and room for the JSON around them. */
export const MAX_REQUEST_BYTES = MAX_PUBLISH_BYTES + Math.ceil((MAX_PUBLISH_IMAGE_BYTES * 4) / 3) + 64 * 1024

export type PublishDeps = {
  db: () => Promise<Database>
  /** PUBLISH_SECRET: `name:secret` pairs separated by commas (lib/publish/keys.ts). */
  secrets: string | undefined
  /** The build's articles (lib/content/source.ts builtArticleDocs). */
  builtArticles: () => readonly ArticleMeta[]
  authorIds: () => ReadonlySet<string>
  /** Whether the build serves this image path ("/images/…"); published images are in the database. */
  imageExists: (src: string) => boolean
  revalidate: (path: string, type?: 'page') => void
  maxBytes?: number
}

/**
 * One URL a publish changed. A section move is two: the new URL (`movedFrom`: the old one) and the
 * old URL, `moved` (withdrawn; it answers 308 to `movedTo` through the article's alias).
 */
export type PublishResult = {
  url: string
  action: 'created' | 'updated' | 'withdrawn' | 'moved'
  version: number
  movedFrom?: string
  movedTo?: string
}

const refuse = (status: number, problems: ContentProblem[]) =>
  Response.json(
    { error: problems.map(formatProblem).join('\n'), problems },
    { status, headers: { 'cache-control': 'no-store' } },
  )

export async function handlePublish(request: Request, deps: PublishDeps): Promise<Response> {
  const auth = await publishKeyOf(request, deps.secrets, deps.db)
  if ('refused' in auth) return auth.refused
  let body: unknown
  try {
    body = await readJsonBody(request, deps.maxBytes ?? MAX_REQUEST_BYTES)
  } catch (e) {
    if (e instanceof HttpError) return e.toResponse()
    throw e
  }
  const parsedRequest = parsePublishRequest(body)
  if ('problems' in parsedRequest) return refuse(400, parsedRequest.problems)
  const tooLarge = sizeProblem(parsedRequest)
  if (tooLarge) return Response.json({ error: tooLarge }, { status: 413, headers: { 'cache-control': 'no-store' } })

  // The images the files reference: those sent checked, the site's own looked up.
  const db = await deps.db()
  const pics = await imagesOfPublish(parsedRequest.files, parsedRequest.images, db, deps.imageExists)
  if ('problems' in pics) return refuse(pics.status, pics.problems)

  // Each file alone, with the build's rules and messages.
  const ctx = { authorIds: deps.authorIds(), imageExists: pics.exists, imageWidth: pics.width }
  const problems: ContentProblem[] = []
  const sent: { file: string; meta: ArticleMeta; body: string; firstBodyLine: number; text: string }[] = []
  const sources = []
  for (const { path, text } of parsedRequest.files) {
    const checked = await checkArticleFile(path, text, ctx)
    problems.push(...checked.problems)
    if (checked.problems.length > 0 || !checked.parsed) continue
    sources.push(checked.parsed.source)
    sent.push({ file: path, meta: metaFromFile(checked.parsed), text, ...checked.parsed })
  }
  if (problems.length > 0) return refuse(400, problems)

  // Across files: against each other (the build's rule), then against the site.
  const site = siteArticles(deps.builtArticles(), await loadPublishedSince(db, 0))
  const across = [...aliasCollisions(sources), ...crossFileProblems(sent, site)]
  if (across.length > 0) return refuse(409, across)

  // `draft: true` withdraws an article the site has; a new draft is not published at all.
  const publish = sent.filter((s) => !s.meta.draft)
  const withdrawUrls = [...parsedRequest.withdraw, ...sent.filter((s) => s.meta.draft).map((s) => s.meta.url)]
  const withdraw: ArticleToWithdraw[] = []
  for (const [i, url] of withdrawUrls.entries()) {
    const has = site.get(url)
    const where =
      i < parsedRequest.withdraw.length
        ? { file: `withdraw[${i}]`, field: 'url' }
        : { file: sent.find((s) => s.meta.url === url)!.file, field: 'draft' }
    if (!has) {
      problems.push({ ...where, message: `${url}: the site has no article at this address to withdraw` })
      continue
    }
    withdraw.push(has.from === 'build' ? { url, built: { slug: has.meta.slug, meta: has.meta } } : { url })
  }
  if (problems.length > 0) return refuse(404, problems)
  // A section move: the old URL is withdrawn with the new one stored, in the same transaction.
  const moves = sectionMoves(publish, site)
  for (const [from, to] of moves) {
    const has = site.get(from)!
    withdraw.push({
      url: from,
      movedTo: to,
      ...(has.from === 'build' ? { built: { slug: has.meta.slug, meta: has.meta } } : {}),
    })
  }

  const articles: ArticleToPublish[] = []
  for (const s of publish) {
    try {
      const { code } = await compileBody(s.body, { file: s.file, firstBodyLine: s.firstBodyLine })
      articles.push({
        url: s.meta.url,
        slug: s.meta.slug,
        meta: s.meta,
        raw: s.body,
        code,
        searchText: searchTextOf(s.body),
        sourceHash: createHash('sha256').update(s.text).digest('hex'),
      })
    } catch (e) {
      if (e instanceof MdxRefusedError) problems.push(...e.problems)
      else throw e
    }
  }
  if (problems.length > 0) return refuse(400, problems)

  let stored: Awaited<ReturnType<typeof applyPublish>>
  try {
    stored = await applyPublish(db, { publish: articles, withdraw, images: pics.images }, auth.key.name)
  } catch (e) {
    // Another publish stored other bytes at this path since the check above.
    if (e instanceof ImageConflictError) return refuse(409, [{ file: e.path, field: 'images', message: e.message }])
    if (!(e instanceof PublishConflictError)) throw e
    const file = sent.find((s) => s.meta.url === e.url)?.file ?? e.url
    return refuse(409, [{ file, field: e.reason === 'slug-taken' ? 'slug (file name)' : 'path', message: e.message }])
  }

  const results: PublishResult[] = []
  const expire: PathToExpire[] = []
  const movedFrom = new Map([...moves].map(([from, to]) => [to, from]))
  for (const row of stored.published) {
    const before = site.get(row.url)
    const from = movedFrom.get(row.url)
    results.push({
      url: row.url,
      action: before ? 'updated' : 'created',
      version: row.version,
      ...(from === undefined ? {} : { movedFrom: from }),
    })
    expire.push(...pathsToExpire(before?.meta, row.meta))
  }
  // A moved article's old URL expires what showed it there (old section, its page, feeds).
  for (const row of stored.withdrawn) {
    if (!row) continue
    const to = moves.get(row.url)
    results.push(
      to === undefined
        ? { url: row.url, action: 'withdrawn', version: row.version }
        : { url: row.url, action: 'moved', version: row.version, movedTo: to },
    )
    expire.push(...pathsToExpire(site.get(row.url)?.meta, undefined))
  }
  const expired = [...new Map(expire.map((p) => [`${p.type ?? ''} ${p.path}`, p])).values()]
  for (const p of expired) deps.revalidate(p.path, p.type)
  return Response.json(
    {
      results,
      expired: expired.map((p) => p.path),
      images: pics.images.filter((i) => i.sourcePath === null).map((i) => i.path),
    },
    { status: results.some((r) => r.action === 'created') ? 201 : 200, headers: { 'cache-control': 'no-store' } },
  )
}

/** The publish-wide limits past which nothing is read further (413), or undefined. */
function sizeProblem({ files, images }: { files: { text: string }[]; images: { data: string }[] }): string | undefined {
  const text = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0)
  if (text > MAX_PUBLISH_BYTES)
    return `Articles too large: ${text} bytes of text; the limit is ${MAX_PUBLISH_BYTES} bytes per publish.`
  const pictures = images.reduce((n, i) => n + Math.floor((i.data.length * 3) / 4), 0)
  if (pictures > MAX_PUBLISH_IMAGE_BYTES)
    return `Images too large together: ${pictures} bytes; the limit is ${MAX_PUBLISH_IMAGE_BYTES} bytes (${MAX_IMAGES} images of at most ${MAX_IMAGE_BYTES} each, fewer when large) per publish: send some with another.`
  return undefined
}
