import { site } from '@/config/site'

// What a share card can draw of a headline, with nothing fetched at run time. next/og (satori)
// asks a CDN for every emoji and Google Fonts for every character its fonts lack; a serverless
// function has no network and a site must not depend on a third party to answer. So:
// - emoji are drawn from Twemoji's SVGs (the MIT-licensed @twemoji/svg package), copied at the
//   content step for the emoji the headlines use (EMOJI_DIR, copyHeadlineEmoji);
// - other characters are kept when the card's font has them (Source Serif 4, Latin subset),
//   folded to their base letter when that has them (ő → o), and left out otherwise.

/** Where the content step puts the emoji that headlines use, one `{code}.svg` each. */
export const EMOJI_DIR = '.contentlayer/emoji'

/** The Unicode ranges of the Latin subset of Source Serif 4 kept in assets/fonts. */
const FONT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
]

const inFont = (char: string) => {
  const code = char.codePointAt(0) ?? 0
  return FONT_RANGES.some(([from, to]) => code >= from && code <= to)
}

// Latin letters with a stroke have no decomposition to fold by.
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h' }

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
const segmenter = new Intl.Segmenter(site.intlLocale, { granularity: 'grapheme' })

/**
 * Twemoji's file name for an emoji: its code points in hex joined by "-", with the emoji
 * presentation selector (U+FE0F) dropped unless the emoji is a ZWJ sequence (Twemoji's rule).
 */
export function twemojiCode(emoji: string): string {
  const chars = emoji.includes('\u200d') ? emoji : emoji.replaceAll('\ufe0f', '')
  return [...chars].map((c) => c.codePointAt(0)!.toString(16)).join('-')
}

type CardPiece = { kind: 'text'; text: string } | { kind: 'emoji'; code: string }

/** A headline split into text the font can draw and emoji, in order; nothing else survives. */
export function cardPieces(text: string): CardPiece[] {
  const pieces: CardPiece[] = []
  let run = ''
  for (const { segment } of segmenter.segment(text)) {
    if (EMOJI.test(segment)) {
      if (run) pieces.push({ kind: 'text', text: run })
      run = ''
      pieces.push({ kind: 'emoji', code: twemojiCode(segment) })
      continue
    }
    for (const char of segment) {
      if (inFont(char)) run += char
      else {
        const folded = STROKED[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, '')
        if (folded && [...folded].every(inFont)) run += folded
      }
    }
  }
  if (run) pieces.push({ kind: 'text', text: run })
  return pieces
}

/** The Twemoji codes of every emoji in these texts, each once. */
export function emojiCodesIn(texts: Iterable<string>): string[] {
  const codes = new Set<string>()
  for (const text of texts) for (const piece of cardPieces(text)) if (piece.kind === 'emoji') codes.add(piece.code)
  return [...codes].sort()
}
