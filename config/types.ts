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
}
