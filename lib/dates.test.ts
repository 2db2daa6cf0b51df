import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  formatHouseDateTime,
  formatNetworkDate,
  formatShortDate,
  offsetMinutes,
  parseContentDate,
  toZonedDay,
  toZonedIso,
} from './dates'

const iso = (value: string) => parseContentDate(value)?.toISOString()

describe('parseContentDate', () => {
  it('takes an explicit offset as written', () => {
    assert.equal(iso('2025-06-29T15:14:00-06:00'), '2025-06-29T21:14:00.000Z')
    assert.equal(iso('2025-06-29T15:14:00Z'), '2025-06-29T15:14:00.000Z')
    assert.equal(iso('2025-06-29T15:14:00+0130'), '2025-06-29T13:44:00.000Z')
  })

  it('reads a time without offset as Mexico City time (UTC-6 since 2022)', () => {
    assert.equal(iso('2024-05-01T10:00'), '2024-05-01T16:00:00.000Z')
    assert.equal(iso('2026-11-25 09:30:15'), '2026-11-25T15:30:15.000Z')
  })

  it('applies the summer time Mexico City kept until 2022', () => {
    // DST ran from the first Sunday of April to the last Sunday of October.
    assert.equal(iso('2021-07-01T12:00'), '2021-07-01T17:00:00.000Z')
    assert.equal(iso('2021-01-15T12:00'), '2021-01-15T18:00:00.000Z')
    // The day before and after the switch on 2021-04-04.
    assert.equal(iso('2021-04-03T12:00'), '2021-04-03T18:00:00.000Z')
    assert.equal(iso('2021-04-05T10:00'), '2021-04-05T15:00:00.000Z')
    // 2022-10-30 was the last change: clocks went back for good.
    assert.equal(iso('2022-10-29T12:00'), '2022-10-29T17:00:00.000Z')
    assert.equal(iso('2022-10-31T12:00'), '2022-10-31T18:00:00.000Z')
  })

  it('reads a bare date as midnight in Mexico City', () => {
    assert.equal(iso('2024-01-30'), '2024-01-30T06:00:00.000Z')
  })

  it('rejects what is not a real date', () => {
    for (const bad of [
      '2024-13-01',
      '2023-02-29',
      '2024-04-31',
      'yesterday',
      '30/01/2024',
      '2024-01-30T25:00',
      '',
      '2024-1-3',
    ])
      assert.equal(parseContentDate(bad), null, bad)
  })

  it('accepts 29 February in a leap year', () => {
    assert.equal(iso('2024-02-29T08:00'), '2024-02-29T14:00:00.000Z')
  })
})

describe('house formats', () => {
  it('writes the network strip date in Mexico City, not UTC, near midnight', () => {
    // 05:30 UTC on 1 March is still 28 February in Mexico City.
    assert.equal(formatNetworkDate(new Date('2026-03-01T05:30:00Z')), 'Saturday 28, February 2026')
    assert.equal(formatNetworkDate(new Date('2026-03-01T06:00:00Z')), 'Sunday 1, March 2026')
    assert.equal(formatNetworkDate(new Date('2019-09-18T17:00:00Z')), 'Wednesday 18, September 2019')
    // In summer 2019 Mexico City was UTC-5: midnight local is 05:00 UTC.
    assert.equal(formatNetworkDate(new Date('2019-09-19T04:59:00Z')), 'Wednesday 18, September 2019')
    assert.equal(formatNetworkDate(new Date('2019-09-19T05:00:00Z')), 'Thursday 19, September 2019')
  })

  it('writes the byline timestamp as "15 of August 2016 13:45:53"', () => {
    assert.equal(formatHouseDateTime(new Date('2016-08-15T18:45:53Z')), '15 of August 2016 13:45:53')
    assert.equal(formatHouseDateTime(new Date('2026-01-01T05:59:59Z')), '31 of December 2025 23:59:59')
    assert.equal(formatHouseDateTime(new Date('2026-01-01T06:00:00Z')), '1 of January 2026 00:00:00')
  })

  it('writes a short date', () => {
    assert.equal(formatShortDate(new Date('2024-01-30T12:00:00Z')), '30 January 2024')
  })

  it('gives datetime attributes with the offset in force', () => {
    assert.equal(toZonedIso(new Date('2016-08-15T18:45:53Z')), '2016-08-15T13:45:53-05:00')
    assert.equal(toZonedIso(new Date('2026-11-25T15:30:00Z')), '2026-11-25T09:30:00-06:00')
    assert.equal(toZonedDay(new Date('2026-03-01T05:30:00Z')), '2026-02-28')
    assert.equal(offsetMinutes(new Date('2021-07-01T12:00:00Z')), -300)
    assert.equal(offsetMinutes(new Date('2024-07-01T12:00:00Z')), -360)
  })

  it('round-trips: parse(toZonedIso(x)) is x', () => {
    for (const t of ['2016-08-15T18:45:53Z', '2021-04-04T08:30:00Z', '2022-10-30T06:30:00Z', '2026-11-25T00:00:00Z']) {
      const d = new Date(t)
      assert.equal(parseContentDate(toZonedIso(d))?.getTime(), d.getTime(), t)
    }
  })
})
