import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ImageResponse } from 'next/og'
import { site } from '../../config/site'
import { EMOJI_DIR, cardPieces } from './share-card-text'

// Open Graph cards, 1200×630, drawn with a font kept in the repository (assets/fonts, SIL OFL)
// and the emoji the content step copied (lib/share-card/share-card-text.ts): nothing is fetched when they
// are made, so they draw the same on a function with no network.

const font = (file: string) => readFileSync(join(process.cwd(), 'assets/fonts', file))

const SHARE_CARD_SIZE = { width: 1200, height: 630 }

function emojiSource(code: string): string | undefined {
  const file = join(process.cwd(), EMOJI_DIR, `${code}.svg`)
  return existsSync(file) ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : undefined
}

/**
 * A line of card text as satori lays it out: each word its own box so lines wrap between words,
 * emoji as images one em high.
 */
function CardText({ text, fontSize }: { text: string; fontSize: number }) {
  const items: React.ReactNode[] = []
  for (const [i, piece] of cardPieces(text).entries()) {
    if (piece.kind === 'text') {
      for (const [j, word] of piece.text.split(/\s+/).entries()) {
        if (word) items.push(<span key={`${i}-${j}`}>{word}</span>)
      }
    } else {
      const src = emojiSource(piece.code)
      // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
      if (src) items.push(<img key={i} src={src} width={fontSize} height={fontSize} alt="" />)
    }
  }
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: fontSize * 0.25 }}>{items}</div>
  )
}

export function shareCard({ kicker, headline }: { kicker?: string; headline: string }): ImageResponse {
  const length = [...headline].length
  const size = length > 200 ? 40 : length > 120 ? 48 : length > 90 ? 56 : length > 60 ? 66 : 78
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: site.theme.ink,
        color: site.theme.paper,
        fontFamily: 'Source Serif',
      }}
    >
      <div
        style={{
          display: 'flex',
          fontSize: 30,
          letterSpacing: 4,
          color: site.theme.accentOnInk,
          textTransform: 'uppercase',
        }}
      >
        <CardText text={kicker ?? site.tagline} fontSize={30} />
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: size,
          fontWeight: 700,
          lineHeight: 1.1,
          maxHeight: 400,
          overflow: 'hidden',
        }}
      >
        <CardText text={headline} fontSize={size} />
      </div>
      <div
        style={{
          display: 'flex',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          borderTop: `3px solid ${site.theme.accent}`,
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
