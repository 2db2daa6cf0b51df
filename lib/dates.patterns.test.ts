import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DatePatterns } from '../config/types'
import { dateFormatter, formatDayHeading, formatTimeOfDay } from './dates'

// Dates in a brand's own patterns and language (issue 21). Every expectation is written out by
// hand: comparing with Intl's own output would agree with whatever ICU does, spaces included.

const spanish: DatePatterns = {
  network: '{weekday} {day} de {month} de {year}',
  dateTime: '{weekday} {day} de {month} de {year}, {hh}:{mm}',
  short: '{day} de {month} de {year}',
  time: '{hh}:{mm}',
  day: '{weekday} {day} de {month}',
}
const es = dateFormatter(spanish, 'es-MX', 'America/Mexico_City')

describe('dates in Spanish (es-MX), Mexico City time', () => {
  it('writes each pattern with the brand’s words, not Intl’s connectors', () => {
    // 22:05 UTC is 16:05 in Mexico City (UTC-6).
    const d = new Date('2026-12-01T22:05:00Z')
    assert.equal(es.formatHouseDateTime(d), 'martes 1 de diciembre de 2026, 16:05')
    assert.equal(es.formatNetworkDate(d), 'martes 1 de diciembre de 2026')
    assert.equal(es.formatShortDate(d), '1 de diciembre de 2026')
    assert.equal(es.formatTimeOfDay(d), '16:05')
    assert.equal(es.formatDayHeading(d), 'martes 1 de diciembre')
  })

  it('writes five past midnight as 00:05, never 24:05', () => {
    const d = new Date('2026-12-02T06:05:00Z')
    assert.equal(es.formatTimeOfDay(d), '00:05')
    assert.equal(es.formatHouseDateTime(d), 'miércoles 2 de diciembre de 2026, 00:05')
  })

  it('pads one-digit hours and minutes, not one-digit days', () => {
    const d = new Date('2026-03-05T15:07:00Z')
    assert.equal(es.formatTimeOfDay(d), '09:07')
    assert.equal(es.formatShortDate(d), '5 de marzo de 2026')
  })

  it('keeps the Mexico City date when UTC has already moved to the next day', () => {
    // 03:30 UTC on 2 December is 21:30 on 1 December in Mexico City.
    const d = new Date('2026-12-02T03:30:00Z')
    assert.equal(es.formatDayHeading(d), 'martes 1 de diciembre')
    assert.equal(es.formatNetworkDate(d), 'martes 1 de diciembre de 2026')
    assert.equal(es.formatTimeOfDay(d), '21:30')
  })

  it('names all twelve months in lower case', () => {
    const months = [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ]
    months.forEach((name, i) => {
      const d = new Date(Date.UTC(2026, i, 15, 18))
      assert.equal(es.formatShortDate(d), `15 de ${name} de 2026`)
    })
  })

  it('names all seven weekdays in lower case', () => {
    // Monday 30 November to Sunday 6 December 2026, at noon in Mexico City.
    const days = [
      ['2026-11-30', 'lunes 30 de noviembre'],
      ['2026-12-01', 'martes 1 de diciembre'],
      ['2026-12-02', 'miércoles 2 de diciembre'],
      ['2026-12-03', 'jueves 3 de diciembre'],
      ['2026-12-04', 'viernes 4 de diciembre'],
      ['2026-12-05', 'sábado 5 de diciembre'],
      ['2026-12-06', 'domingo 6 de diciembre'],
    ] as const
    for (const [day, heading] of days) assert.equal(es.formatDayHeading(new Date(`${day}T18:00:00Z`)), heading)
  })
})

describe('a live page’s times in the built brand (The News)', () => {
  it('writes the time of day and the day heading in Mexico City', () => {
    // 02:45 UTC on 22 November is 20:45 on Saturday 21 November in Mexico City.
    const d = new Date('2026-11-22T02:45:00Z')
    assert.equal(formatTimeOfDay(d), '20:45')
    assert.equal(formatDayHeading(d), 'Saturday 21 November')
    assert.equal(formatTimeOfDay(new Date('2026-11-22T06:00:00Z')), '00:00')
  })
})
