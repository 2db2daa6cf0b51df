import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runInNewContext } from 'node:vm'
import { dateFormatter, formatNetworkDate, toZonedDay } from '../dates'
import { networkDateScript } from './network-date-script'

type Brand = Parameters<typeof networkDateScript>[1]

/** Runs the inline script against a one-element document with the clock fixed at `now`. */
function runScript(now: string, brand?: Brand) {
  const element = {
    textContent: 'stale',
    attrs: {} as Record<string, string>,
    setAttribute(k: string, v: string) {
      this.attrs[k] = v
    },
  }
  const fixed = new Date(now).getTime()
  class FixedDate extends Date {
    constructor(...args: []) {
      super(...((args.length ? args : [fixed]) as []))
    }
  }
  runInNewContext(networkDateScript('d', brand), {
    document: { getElementById: (id: string) => (id === 'd' ? element : null) },
    Date: FixedDate,
    Intl,
  })
  return element
}

describe('networkDateScript', () => {
  it('writes the same text as formatNetworkDate, across midnight and DST', () => {
    for (const now of [
      '2026-03-01T05:30:00Z',
      '2026-03-01T06:00:00Z',
      '2019-09-19T04:59:00Z',
      '2021-04-04T08:00:00Z',
      '2026-11-25T12:00:00Z',
    ]) {
      const el = runScript(now)
      assert.equal(el.textContent, formatNetworkDate(new Date(now)), now)
      assert.equal(el.attrs.datetime, toZonedDay(new Date(now)), now)
    }
  })

  it('writes a Spanish brand’s pattern in its language, as formatNetworkDate does for it', () => {
    const network = '{weekday} {day} de {month} de {year}'
    const brand = { intlLocale: 'es-MX', timeZone: 'America/Mexico_City', dates: { network } } as const
    const server = dateFormatter(
      { network, dateTime: '', short: '', time: '', day: '' },
      brand.intlLocale,
      brand.timeZone,
    )
    // Written out by hand: across Mexico City's midnight (05:30 UTC is still the day before), a
    // one-digit day, and an accented weekday.
    const expected: [string, string, string][] = [
      ['2026-03-01T05:30:00Z', 'sábado 28 de febrero de 2026', '2026-02-28'],
      ['2026-03-01T06:00:00Z', 'domingo 1 de marzo de 2026', '2026-03-01'],
      ['2026-12-02T20:00:00Z', 'miércoles 2 de diciembre de 2026', '2026-12-02'],
    ]
    for (const [now, text, day] of expected) {
      const el = runScript(now, brand)
      assert.equal(el.textContent, text, now)
      assert.equal(server.formatNetworkDate(new Date(now)), text, now)
      assert.equal(el.attrs.datetime, day, now)
    }
  })

  it('fills time slots padded, as the server does', () => {
    const brand = {
      intlLocale: 'en-US',
      timeZone: 'America/Mexico_City',
      dates: { network: '{day}/{hh}:{mm}:{ss}' },
    } as const
    assert.equal(runScript('2026-12-02T06:05:09Z', brand).textContent, '2/00:05:09')
  })

  it('does nothing when the element is missing', () => {
    assert.doesNotThrow(() =>
      runInNewContext(networkDateScript('missing'), { document: { getElementById: () => null }, Date, Intl }),
    )
  })
})
