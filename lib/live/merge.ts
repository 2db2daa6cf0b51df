import { t } from '../../config/site'
import { formatDayHeading, formatTimeOfDay, toZonedDay, toZonedIso } from '../dates'
import { htmlToText, liveMarkdownToHtml } from './markdown'
import type { LiveUpdate, LiveUpdateView } from './types'

/** Updates per page of a live article; older ones move to numbered pages. */
export const UPDATES_PER_PAGE = 50

const newestFirst = (a: LiveUpdate, b: LiveUpdate) => b.time.localeCompare(a.time) || b.id.localeCompare(a.id)

/**
 * The updates of a live article: those written in its file and those posted while it runs, as one
 * list, newest first (the same time: the later id first).
 */
export function mergeUpdates(fromFile: readonly LiveUpdate[], posted: readonly LiveUpdate[]): LiveUpdate[] {
  return [...fromFile, ...posted].sort(newestFirst)
}

/** A key update, with the page it is on: its link goes to that page's anchor. */
export type KeyEvent = LiveUpdateView & { page: number }

export type LivePage = {
  /** The pinned update, newest pinned one first, shown above the rest on the first page only. */
  pinned: LiveUpdateView[]
  /** This page's updates, newest first, pinned ones not repeated. */
  updates: LiveUpdateView[]
  /** Every key update, newest first, for the "Key events" list (each links to its anchor). */
  keyEvents: KeyEvent[]
  page: number
  totalPages: number
  total: number
  /** The newest update's time, for dateModified. */
  latest?: string
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Shown in place of a stored text that cannot be rendered: one bad row never takes a page down. */
const UNRENDERABLE = `<p>${escapeHtml(t.live.unrenderable)}</p>`

export function toView(u: LiveUpdate): LiveUpdateView {
  let html: string
  try {
    html = liveMarkdownToHtml(u.body, `u${u.id}-`)
  } catch (e) {
    console.error(`[live] update ${u.id} cannot be rendered:`, (e as Error).message)
    html = UNRENDERABLE
  }
  const { id, time, key, pinned, title } = u
  const when = new Date(u.time)
  return {
    id,
    time,
    key,
    pinned,
    ...(title ? { title } : {}),
    html,
    text: htmlToText(html),
    anchor: `update-${u.id}`,
    datetime: toZonedIso(when),
    timeLabel: formatTimeOfDay(when),
    day: toZonedDay(when),
    dayLabel: formatDayHeading(when),
  }
}

/** Updates of one day in Mexico City, under that day's heading. */
export type LiveDay = { day: string; dayLabel: string; updates: LiveUpdateView[] }

/**
 * A page's updates by day, in their order (newest first): a new group wherever the day changes,
 * so each day's heading comes before its first update and no day is named twice in a row.
 */
export function groupByDay(updates: readonly LiveUpdateView[]): LiveDay[] {
  const days: LiveDay[] = []
  for (const u of updates) {
    const last = days.at(-1)
    if (last?.day === u.day) last.updates.push(u)
    else days.push({ day: u.day, dayLabel: u.dayLabel, updates: [u] })
  }
  return days
}

/** One page of a live article's merged updates; null when the page does not exist. */
export function livePage(all: readonly LiveUpdate[], page = 1): LivePage | null {
  const pinned = all.filter((u) => u.pinned)
  const rest = all.filter((u) => !u.pinned)
  const totalPages = Math.max(1, Math.ceil(rest.length / UPDATES_PER_PAGE))
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null
  // Each update rendered once, and only those this page shows or lists.
  const views = new Map<string, LiveUpdateView>()
  const view = (u: LiveUpdate) => views.get(u.id) ?? views.set(u.id, toView(u)).get(u.id)!
  // Key events are listed on every page, but each update is shown on one: a link to its anchor
  // must name that page (pinned ones are shown above the first page's list).
  const pageOf = new Map(rest.map((u, i) => [u.id, Math.floor(i / UPDATES_PER_PAGE) + 1]))
  return {
    pinned: page === 1 ? pinned.map(view) : [],
    updates: rest.slice((page - 1) * UPDATES_PER_PAGE, page * UPDATES_PER_PAGE).map(view),
    keyEvents: all.filter((u) => u.key).map((u) => ({ ...view(u), page: pageOf.get(u.id) ?? 1 })),
    page,
    totalPages,
    total: all.length,
    ...(all[0] ? { latest: all[0].time } : {}),
  }
}
