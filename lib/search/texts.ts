import { gunzipSync, gzipSync } from 'node:zlib'

// The plain text of every article, for search snippets: each gzipped, all in one file written at
// the content step (.contentlayer/search/texts.bin), read once per server process and kept in
// memory, so a query costs no file read per result (it read one body file per result before).
// Measured at 10,000 articles: bench/results/latest-search.md.

/** Where one article's text sits in the packed file: [byte offset, byte length]. */
type TextSlot = [number, number]

export function packTexts(texts: readonly string[]): { data: Buffer; slots: TextSlot[] } {
  const parts: Buffer[] = []
  const slots: TextSlot[] = []
  let offset = 0
  for (const text of texts) {
    const gz = gzipSync(text, { level: 9 })
    parts.push(gz)
    slots.push([offset, gz.length])
    offset += gz.length
  }
  return { data: Buffer.concat(parts), slots }
}

export function unpackText(data: Buffer, [offset, length]: TextSlot): string {
  return gunzipSync(data.subarray(offset, offset + length)).toString('utf8')
}
