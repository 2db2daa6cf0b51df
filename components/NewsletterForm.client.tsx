'use client'

import { useId, useState, type FormEvent } from 'react'
import styles from './NewsletterForm.module.css'

type Result = { kind: 'ok' | 'error'; message: string }

/** The form's words, from the server parent: importing config/site.ts here would ship the brand's whole config to the browser. */
export type NewsletterFormText = {
  emailLabel: string
  button: string
  trapLabel: string
  /** Shown when the server cannot be reached, the brand's name already filled in. */
  offline: string
}

/**
 * The sign-up form. Without JavaScript (or before hydration) it is a plain POST that redirects to
 * /newsletter with the outcome; with it, the same endpoint answers JSON and the message appears
 * in place, announced to screen readers.
 */
export function NewsletterForm({ source, text }: { source: 'footer' | 'article' | 'page'; text: NewsletterFormText }) {
  const id = useId()
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    try {
      const res = await fetch('/api/newsletter', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(Object.fromEntries(form)),
      })
      const body = (await res.json()) as { message?: string; error?: string }
      setResult(res.ok ? { kind: 'ok', message: body.message ?? '' } : { kind: 'error', message: body.error ?? '' })
    } catch {
      setResult({ kind: 'error', message: text.offline })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className={styles.form} action="/api/newsletter" method="post" onSubmit={onSubmit}>
      <input type="hidden" name="source" value={source} />
      <label htmlFor={`${id}-email`} className={styles.label}>
        {text.emailLabel}
      </label>
      <div className={styles.row}>
        <input
          id={`${id}-email`}
          className={styles.input}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          maxLength={254}
          aria-describedby={result ? `${id}-result` : undefined}
        />
        <button className={styles.button} type="submit" disabled={busy}>
          {text.button}
        </button>
      </div>
      {/* A field people never see or reach; bots that fill it are quietly ignored. */}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor={`${id}-website`}>{text.trapLabel}</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p id={`${id}-result`} className={result?.kind === 'error' ? styles.error : styles.ok} role="status">
        {result?.message}
      </p>
    </form>
  )
}
