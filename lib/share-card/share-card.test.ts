// Draws real cards (next/og: satori and resvg) with fetch made to fail the test: a card must not
// reach the network for emoji or fonts. The emoji come from the content step's copy
// (`npm run content` runs before the unit tests in `npm test`).
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import sharp from 'sharp'
import { EMOJI_DIR } from './share-card-text'
import { shareCard } from './share-card'

const realFetch = globalThis.fetch
const fetched: string[] = []

async function draw(headline: string) {
  const response = shareCard({ kicker: 'Culture', headline })
  assert.equal(response.headers.get('content-type'), 'image/png')
  const png = Buffer.from(await response.arrayBuffer())
  const { width, height, format } = await sharp(png).metadata()
  assert.deepEqual({ width, height, format }, { width: 1200, height: 630, format: 'png' })
  return png
}

describe('share card', () => {
  before(() => {
    // next/og loads its own WebAssembly from data: URLs; anything else would leave the machine.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      if (url.startsWith('data:')) return realFetch(input, init)
      fetched.push(url)
      throw new Error('share cards must not fetch')
    }) as typeof fetch
  })
  after(() => {
    globalThis.fetch = realFetch
  })

  it('draws emoji from the copied Twemoji files, with nothing fetched', async () => {
    assert.ok(existsSync(`${EMOJI_DIR}/2615.svg`), `${EMOJI_DIR}/2615.svg: run \`npm run content\` first`)
    const withEmoji = await draw('Querétaro’s “café de olla” fair ☕')
    const without = await draw('Querétaro’s “café de olla” fair')
    assert.notDeepEqual(withEmoji, without, 'the emoji changed nothing on the card')
    assert.deepEqual(fetched, [])
  })

  it('draws accents, «guillemets», an emoji no headline uses and a 300-character headline', async () => {
    const long = `«Última hora» in Mérida: ${'the council votes again on the budget, and again, '.repeat(6)}🧵 🦩`
    assert.ok([...long].length > 300)
    await draw(long)
    await draw('Łódź, 東京 and Zürich: a headline with letters the font lacks')
    assert.deepEqual(fetched, [])
  })
})
