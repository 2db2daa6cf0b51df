// Where the crops of lead photos live (written by lib/content/renditions.ts in the content step);
// kept apart from the writer so pages that link them do not load sharp.
export const RENDITIONS = [
  { id: '16x9', width: 1200, height: 675 },
  { id: '4x3', width: 1200, height: 900 },
  { id: '1x1', width: 1200, height: 1200 },
] as const

/** The site path of a rendition of a lead image at `src` (/images/…). */
export const renditionPath = (src: string, ratio: (typeof RENDITIONS)[number]['id']) =>
  `/renditions/${ratio}${src.replace(/^\/images/, '')}`

