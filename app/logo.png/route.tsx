import { ImageResponse } from 'next/og'
import { site } from '@/config/site'
import { inlineWordmark, standaloneWordmark } from '@/lib/brand/marks'

// The publisher logo that feeds and structured data point to (lib/seo/structured-data.ts,
// lib/syndication): 600×60 as Google asks of news sites, a PNG as RSS's <image> must be. The
// brand's wordmark on its paper, drawn at build time by the share cards' renderer: no font, no
// file outside the bundle.
export const dynamic = 'force-static'

const WIDTH = 600
const HEIGHT = 60
const PADDING = 6

export function GET() {
  const [, , w = 1, h = 1] = inlineWordmark().viewBox.split(/\s+/).map(Number)
  const scale = Math.min((WIDTH - 2 * PADDING) / w, (HEIGHT - 2 * PADDING) / h)
  const src = `data:image/svg+xml;base64,${Buffer.from(standaloneWordmark()).toString('base64')}`
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: site.theme.paper,
      }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image */}
      <img src={src} width={Math.round(w * scale)} height={Math.round(h * scale)} alt={site.name} />
    </div>,
    { width: WIDTH, height: HEIGHT },
  )
}
