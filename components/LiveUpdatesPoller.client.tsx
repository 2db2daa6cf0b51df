'use client'

import { useEffect, useRef, useState } from 'react'
import type { LiveUpdateView } from '@/lib/live/types'
import { LiveUpdateItem } from './LiveUpdateItem'
import styles from './LiveBlog.module.css'

/** How often a visible live page asks for new updates. */
const POLL_MS = 10_000

/**
 * The live page's island: polls the article's JSON (GET /api/live/{section}/{slug}) while the tab
 * is visible and, when updates arrive, offers "N new updates" (announced politely to screen
 * readers) instead of moving the page. Showing them puts them above the list without a jump and
 * moves focus to the newest, so keyboard and screen-reader users land on what they asked for.
 */
export function LiveUpdatesPoller({ endpoint, known }: { endpoint: string; known: string[] }) {
  const seen = useRef(new Set(known))
  const [waiting, setWaiting] = useState<LiveUpdateView[]>([])
  const [shown, setShown] = useState<LiveUpdateView[]>([])
  const list = useRef<HTMLOListElement>(null)

  useEffect(() => {
    let stopped = false
    async function poll() {
      if (document.visibilityState !== 'visible') return
      try {
        const res = await fetch(endpoint, { cache: 'no-store' })
        if (!res.ok) return
        const { updates } = (await res.json()) as { updates: LiveUpdateView[] }
        if (!stopped) setWaiting(updates.filter((u) => !seen.current.has(u.id)))
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    }
    const timer = setInterval(poll, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [endpoint])

  function show() {
    for (const u of waiting) seen.current.add(u.id)
    setShown((s) => [...waiting, ...s])
    setWaiting([])
    // After React has rendered them: focus the newest without scrolling the page.
    requestAnimationFrame(() => list.current?.querySelector('article')?.focus({ preventScroll: true }))
  }

  const n = waiting.length
  return (
    <div className={styles.poller}>
      <div role="status" aria-live="polite">
        {n > 0 ? (
          <button type="button" className={styles.newButton} onClick={show}>
            {n === 1 ? '1 new update' : `${n} new updates`}
          </button>
        ) : null}
      </div>
      {shown.length ? (
        <ol className={styles.list} ref={list}>
          {shown.map((u) => (
            <li key={u.id}>
              <LiveUpdateItem update={u} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
