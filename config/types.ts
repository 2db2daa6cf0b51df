export type Brand = {
  /** Stable id, used for keys and for marking the current brand. */
  readonly id: string
  readonly name: string
  readonly url: string
}

export type Division = {
  readonly id: string
  readonly name: string
  readonly description: string
}

export type Section = {
  readonly id: string
  readonly label: string
  readonly description: string
}

/** The outlet a build serves (config/site.ts). */
export type Outlet = {
  readonly brandId: string
  readonly name: string
  readonly domain: string
  readonly url: string
  readonly locale: string
  readonly timeZone: string
  readonly tagline: string
  readonly description: string
  readonly newsletter: { readonly name: string; readonly cadence: string; readonly from: string }
  readonly articlesPerPage: number
  /** Slugs of its standards pages (content/pages/{slug}.mdx, at /about/{slug}); the build checks each exists. */
  readonly standards: StandardsPages
}

export type ArticleType = {
  readonly id: string
  /** Shown above the headline and on cards. */
  readonly label: string
  /** The schema.org type given beside NewsArticle in the article's JSON-LD. */
  readonly schemaType: string
}

/** The outlet's standards pages (content/pages/{slug}.mdx, at /about/{slug}), by what they are. */
type StandardsPages = {
  /** Ethics and standards: JSON-LD publishingPrinciples and ethicsPolicy. */
  readonly ethics: string
  readonly corrections: string
  readonly ownership: string
  readonly masthead: string
  readonly bylines: string
}
