import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cardPieces, emojiCodesIn, twemojiCode } from './share-card-text'

describe('share card text', () => {
  it('keeps accents, curly quotes and guillemets the font has', () => {
    assert.deepEqual(cardPieces('Querétaro’s “café” «fiesta» ¡sí!'), [
      { kind: 'text', text: 'Querétaro’s “café” «fiesta» ¡sí!' },
    ])
  })

  it('splits out emoji with Twemoji file names', () => {
    assert.deepEqual(cardPieces('Fair sells out ☕🎉'), [
      { kind: 'text', text: 'Fair sells out ' },
      { kind: 'emoji', code: '2615' },
      { kind: 'emoji', code: '1f389' },
    ])
  })

  it('names ZWJ sequences, flags and presentation selectors as Twemoji does', () => {
    assert.equal(twemojiCode('❤️'), '2764') // U+FE0F dropped outside a ZWJ sequence
    assert.equal(twemojiCode('🇲🇽'), '1f1f2-1f1fd')
    assert.equal(twemojiCode('👩‍💻'), '1f469-200d-1f4bb')
    assert.deepEqual(emojiCodesIn(['a 🇲🇽 b', 'no emoji', '🇲🇽 again 🧵']), ['1f1f2-1f1fd', '1f9f5'])
  })

  it('folds letters the font lacks to their base letter and drops what it cannot draw', () => {
    assert.deepEqual(cardPieces('Łódź Gdańsk Erdős 東京'), [{ kind: 'text', text: 'Lódz Gdansk Erdos ' }])
  })
})
