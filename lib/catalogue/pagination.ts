export type Page<T> = {
  items: T[]
  page: number
  totalPages: number
  totalItems: number
  prevUrl?: string
  nextUrl?: string
}

/** URL of page `n` of a paginated list at `base`: page 1 is the list itself, then /page/N. */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}/page/${n}`
}

export function pageCount(totalItems: number, perPage: number): number {
  return Math.max(1, Math.ceil(totalItems / perPage))
}

/** One page of a list, or null when `page` is not a page of it (the route answers 404). */
export function paginate<T>(items: readonly T[], page: number, perPage: number, base: string): Page<T> | null {
  const totalPages = pageCount(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    page,
    totalPages,
    totalItems: items.length,
    ...(page > 1 ? { prevUrl: pageUrl(base, page - 1) } : {}),
    ...(page < totalPages ? { nextUrl: pageUrl(base, page + 1) } : {}),
  }
}

/**
 * Parses the N of /page/N strictly: "2" yes; "02", "2.0", "-1", "two" no, and "1" no, because
 * page 1 lives at the list's own URL (one URL per page for readers and search engines).
 */
export function parseArchivePage(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) && value !== '1' ? Number(value) : null
}
