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
