import { site } from '../config/site'
import type { DatePatterns } from '../config/types'

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
}

// Numbers only, for datetime attributes and offsets: the brand's words are dateFormatter's.
const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** Wall-clock fields of an instant in Mexico City. */
function zonedParts(date: Date): ZonedParts {
  // One formatToParts call, not one per field: list pages format dozens of dates and this was
  // the build's most expensive function of ours (docs/performance.md).
  const parts = new Map(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]))
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.get(type) ?? '')
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
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

/** The slots a date pattern may hold (config/types.ts DatePatterns), and the Intl part each reads. */
const SLOT_PARTS = {
  weekday: 'weekday',
  day: 'day',
  month: 'month',
  year: 'year',
  hh: 'hour',
  mm: 'minute',
  ss: 'second',
} as const satisfies Record<string, Intl.DateTimeFormatPartTypes>
const PADDED: ReadonlySet<string> = new Set(['hh', 'mm', 'ss'])
const SLOT = /\{(weekday|day|month|year|hh|mm|ss)\}/g

/** The words and numbers of dates, in one brand's patterns and language. */
export type DateFormatter = {
  /** The network strip's date: "Wednesday 18, September 2019". */
  formatNetworkDate(date: Date): string
  /** The house timestamp under a headline: "15 of August 2016 13:45:53". */
  formatHouseDateTime(date: Date): string
  /** A short date for lists: "15 August 2016". */
  formatShortDate(date: Date): string
  /** A live update's time of day: "20:45". */
  formatTimeOfDay(date: Date): string
  /** A live page's day heading: "Sunday 22 November". */
  formatDayHeading(date: Date): string
}

/**
 * Formats by a brand's patterns, in its language and time zone. Only Intl's typed parts (names and
 * numbers) are used, never its literals: the spaces and connectors between them change between ICU
 * versions, and the brand's pattern says what goes there. Exported so tests can format for another
 * brand than the one built; pages use the functions below, bound to `site`.
 */
export function dateFormatter(patterns: DatePatterns, intlLocale: string, timeZone: string): DateFormatter {
  // One formatter and one formatToParts call per date: list pages format dozens of them
  // (docs/performance.md).
  const formatter = new Intl.DateTimeFormat(intlLocale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
  const format = (pattern: string) => (date: Date) => {
    const parts = formatter.formatToParts(date)
    return pattern.replace(SLOT, (_, slot: keyof typeof SLOT_PARTS) => {
      const value = parts.find((p) => p.type === SLOT_PARTS[slot])?.value ?? ''
      return PADDED.has(slot) ? value.padStart(2, '0') : value
    })
  }
  return {
    formatNetworkDate: format(patterns.network),
    formatHouseDateTime: format(patterns.dateTime),
    formatShortDate: format(patterns.short),
    formatTimeOfDay: format(patterns.time),
    formatDayHeading: format(patterns.day),
  }
}

const brandDates = dateFormatter(site.dates, site.intlLocale, TIME_ZONE)

/** The network strip's date, in the brand's pattern: "Wednesday 18, September 2019". */
export const formatNetworkDate = brandDates.formatNetworkDate

/** The house timestamp under a headline, in the brand's pattern: "15 of August 2016 13:45:53" (Mexico City). */
export const formatHouseDateTime = brandDates.formatHouseDateTime

/** A short date for lists, in the brand's pattern: "15 August 2016". */
export const formatShortDate = brandDates.formatShortDate

/** A live update's time of day, in the brand's pattern: "20:45" (Mexico City). */
export const formatTimeOfDay = brandDates.formatTimeOfDay

/** A live page's day heading, in the brand's pattern: "Sunday 22 November" (Mexico City). */
export const formatDayHeading = brandDates.formatDayHeading

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
