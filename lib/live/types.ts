/** One update of a live article, from its MDX file (`<Update>`) or posted through the API. */
export type LiveUpdate = {
  /** "f3" for the third `<Update>` in the file, the database id ("42") for a posted one. */
  id: string
  /** UTC ISO instant of what the update reports. */
  time: string
  title?: string
  /** Markdown as written; rendered by lib/live/markdown.ts (sanitised). */
  body: string
  key: boolean
  pinned: boolean
}

/** An update as pages and the polling island show it. */
export type LiveUpdateView = Omit<LiveUpdate, 'body'> & {
  /** Sanitised HTML from the Markdown: no raw HTML, no scripts, only safe link targets. */
  html: string
  /** Plain text, for JSON-LD and screen-reader announcements. */
  text: string
  /** The permalink's fragment: "update-42". */
  anchor: string
  /** For `<time datetime>`: Mexico City time with its offset. */
  datetime: string
  /** Its time of day, Mexico City time, in the brand's pattern: "09:15". */
  timeLabel: string
  /** Its day in Mexico City, for the day heading's `<time datetime>`: "2026-11-29". */
  day: string
  /** That day in the brand's pattern, the heading above the day's first update: "Sunday 29 November". */
  dayLabel: string
}
