import { site } from '../../config/site'

// Where a brand's content sits, from the project root (POSIX paths: they are also what editors
// read in messages and what `npm run publish` sends). The first brand's (the-news) stay where they always
// were (content/articles, content/authors, content/pages: a contract with its editors); every
// other brand has its own under content/brands/{id}/. The content step, the checks, the dev loop
// and publishing all read the BUILT brand's folder (config/site.ts), never another's.

/** The brand whose content is content/ itself. */
const FIRST_BRAND = 'the-news'

/** The sister brands' folders, inside the-news's content/ (which contentlayer and the checks skip for it). */
export const BRANDS_CONTENT_DIR = 'content/brands'

/** The brand's content folder: 'content' for the-news, 'content/brands/{id}' for any other. */
export function contentRoot(brandId: string = site.id): string {
  return brandId === FIRST_BRAND ? 'content' : `${BRANDS_CONTENT_DIR}/${brandId}`
}

/** The brand whose content folder holds `path` (from the project root), if it is in one. */
export function brandOfContentPath(path: string): string | undefined {
  const sister = /^content\/brands\/([a-z0-9]+(?:-[a-z0-9]+)*)\//.exec(path)
  if (sister) return sister[1]
  return path.startsWith('content/') && !path.startsWith(`${BRANDS_CONTENT_DIR}/`) ? FIRST_BRAND : undefined
}

/** The brand's content folders, from the project root. */
export function contentDirs(brandId: string = site.id) {
  const root = contentRoot(brandId)
  return { root, articles: `${root}/articles`, authors: `${root}/authors`, pages: `${root}/pages` } as const
}
