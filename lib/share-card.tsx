import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ImageResponse } from 'next/og'
import { site } from '../config/site'

// Open Graph cards, 1200×630, drawn at build time with a font kept in the repository
// (assets/fonts, SIL OFL): nothing is fetched when they are made.

const font = (file: string) => readFileSync(join(process.cwd(), 'assets/fonts', file))

export const SHARE_CARD_SIZE = { width: 1200, height: 630 }

export function shareCard({ kicker, headline }: { kicker?: string; headline: string }): ImageResponse {
  const size = headline.length > 90 ? 56 : headline.length > 60 ? 66 : 78
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#14213d',
        color: '#ffffff',
        fontFamily: 'Source Serif',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, letterSpacing: 4, color: '#ffd166', textTransform: 'uppercase' }}>
        {kicker ?? site.tagline}
      </div>
      <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.1 }}>{headline}</div>
      <div
        style={{
          display: 'flex',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          borderTop: '3px solid #b3261e',
          paddingTop: 24,
        }}
      >
        <div style={{ display: 'flex', fontSize: 54, fontWeight: 700 }}>{site.name}</div>
        <div style={{ display: 'flex', fontSize: 24, letterSpacing: 6 }}>{site.domain}</div>
      </div>
    </div>,
    {
      ...SHARE_CARD_SIZE,
      fonts: [
        { name: 'Source Serif', data: font('source-serif-4-latin-400-normal.woff'), weight: 400, style: 'normal' },
        { name: 'Source Serif', data: font('source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
      ],
    },
  )
}
