import { site } from '../config/site'

const TIME_ZONE = site.timeZone

// ISO 8601 as editors write it: a date, optionally a time, optionally an offset (Z, ±HH:MM, ±HHMM).
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

type ZonedParts = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: string
  monthName: string
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

const numericMonth = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, month: 'numeric' })

/** Wall-clock fields of an instant in Mexico City. */
function zonedParts(date: Date): ZonedParts {
  // One formatToParts call, not one per field: list pages format dozens of dates and this was
  // the build's most expensive function of ours (docs/performance.md).
  const parts = new Map(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? ''
  return {
    year: Number(get('year')),
    month: Number(numericMonth.format(date)),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: get('weekday'),
    monthName: get('month'),
  }
}

/** Offset of Mexico City from UTC at an instant, in minutes (e.g. -360 for UTC-6). */
export function offsetMinutes(date: Date): number {
  const p = zonedParts(date)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  const seconds = Math.floor(date.getTime() / 1000) * 1000
  return Math.round((asUtc - seconds) / 60_000)
}

function wallTimeToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): Date {
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  // Two passes settle the offset even when the first guess lands across a DST change.
  let instant = wallAsUtc - offsetMinutes(new Date(wallAsUtc)) * 60_000
  instant = wallAsUtc - offsetMinutes(new Date(instant)) * 60_000
  return new Date(instant)
}

/**
 * Parses a frontmatter date. A value with an offset is taken as it is; one without is Mexico City
 * wall time (the newsroom's clock). Returns null for anything that is not a real ISO 8601 date.
 */
export function parseContentDate(value: string): Date | null {
  const m = ISO_DATE.exec(value.trim())
  if (!m) return null
  const [, ys, mos, ds, hs = '0', mis = '0', ss = '0', mss = '0', offset] = m
  const y = Number(ys)
  const mo = Number(mos)
  const d = Number(ds)
  const h = Number(hs)
  const mi = Number(mis)
  const s = Number(ss)
  const ms = Number(mss.padEnd(3, '0'))
  // Date.UTC reads years 0–99 as 1900–1999; no story of ours is dated before 1000 anyway.
  if (y < 1000) return null
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || s > 59) return null
  if (!offset) return wallTimeToInstant(y, mo, d, h, mi, s, ms)
  let offsetMin = 0
  if (offset.toUpperCase() !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1
    const digits = offset.slice(1).replace(':', '')
    const oh = Number(digits.slice(0, 2))
    const om = Number(digits.slice(2, 4))
    if (oh > 14 || om > 59) return null
    offsetMin = sign * (oh * 60 + om)
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * 60_000)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The network strip's date: "Wednesday 18, September 2019". */
export function formatNetworkDate(date: Date): string {
  const p = zonedParts(date)
  return `${p.weekday} ${p.day}, ${p.monthName} ${p.year}`
}

/** The house timestamp under a headline: "15 of August 2016 13:45:53" (Mexico City). */
export function formatHouseDateTime(date: Date): string {
  const p = zonedParts(date)
  return `${p.day} of ${p.monthName} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
}

/** A short date for lists: "15 August 2016". */
export function formatShortDate(date: Date): string {
  const p = zonedParts(date)
  return `${p.day} ${p.monthName} ${p.year}`
}

/** ISO 8601 with Mexico City's offset, for `<time datetime>` and feeds: "2016-08-15T13:45:53-05:00". */
export function toZonedIso(date: Date): string {
  const p = zonedParts(date)
  const off = offsetMinutes(date)
  const sign = off < 0 ? '-' : '+'
  const abs = Math.abs(off)
  return (
    `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/** Calendar date in Mexico City, "2019-09-18", for the network strip's datetime attribute. */
export function toZonedDay(date: Date): string {
  const p = zonedParts(date)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}
