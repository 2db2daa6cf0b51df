// Draws app/favicon.ico, served at /favicon.ico (Next's app-router convention): browsers ask for
// it whenever a page declares no icon, and the lite pages link it. The same N on navy as
// app/icon.svg, drawn as a shape (not a font, which sharp may not have). Deterministic; the file
// is committed: run `npx tsx scripts/make-favicon.ts` after changing the drawing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="#14213d"/><path d="M16 50V14h8l16 24V14h8v36h-8L24 26v24z" fill="#fff"/></svg>`
const SIZES = [16, 32, 48]

/** An .ico holding PNG images (read by every browser since 2007): a directory, then the PNGs. */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(pngs.length, 4)
  let offset = header.length
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, at)
    header.writeUInt8(size >= 256 ? 0 : size, at + 1)
    header.writeUInt16LE(1, at + 4) // colour planes
    header.writeUInt16LE(32, at + 6) // bits per pixel
    header.writeUInt32LE(data.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...pngs.map((p) => p.data)])
}

const pngs = await Promise.all(
  SIZES.map(async (size) => ({
    size,
    data: await sharp(Buffer.from(SVG), { density: (72 * size) / 64 })
      .resize(size, size)
      .png({ compressionLevel: 9, palette: true })
      .toBuffer(),
  })),
)
const out = join(import.meta.dirname, '..', 'app', 'favicon.ico')
writeFileSync(out, ico(pngs))
console.log(`${out}: ${SIZES.join(', ')} px`)
