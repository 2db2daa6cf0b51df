import { formatHouseDateTime, formatShortDate, toZonedIso } from '@/lib/dates'

/** A `<time>` in the house style, Mexico City time, with the full offset in `datetime`. */
export function Timestamp({ iso, style = 'full' }: { iso: string; style?: 'full' | 'short' }) {
  const date = new Date(iso)
  return <time dateTime={toZonedIso(date)}>{style === 'full' ? formatHouseDateTime(date) : formatShortDate(date)}</time>
}
