import type { Queryable } from '../db/types'

type SubscribeOutcome =
  /** New (or returning after unsubscribing): a confirmation link must be sent. */
  | 'pending'
  /** Signed up before and not confirmed yet: the link is sent again. */
  | 'pending-again'
  /** Already confirmed: nothing to do. */
  | 'already-confirmed'

/** Records a sign-up. Run inside a transaction: the caller sends the mail before committing. */
export async function recordSignup(tx: Queryable, email: string, source: string | null): Promise<SubscribeOutcome> {
  const { rows } = await tx.query<{ status: string }>('SELECT status FROM subscribers WHERE email = $1 FOR UPDATE', [
    email,
  ])
  const status = rows[0]?.status
  if (status === 'confirmed') return 'already-confirmed'
  if (status === undefined) {
    // ON CONFLICT: a concurrent sign-up of the same address is simply the same sign-up.
    await tx.query(
      `INSERT INTO subscribers (email, status, source, confirmation_sent_at) VALUES ($1, 'pending', $2, now())
       ON CONFLICT (email) DO UPDATE SET confirmation_sent_at = now(), updated_at = now()`,
      [email, source],
    )
    return 'pending'
  }
  await tx.query(
    `UPDATE subscribers SET status = 'pending', confirmation_sent_at = now(), updated_at = now(),
       unsubscribed_at = NULL WHERE email = $1`,
    [email],
  )
  return status === 'pending' ? 'pending-again' : 'pending'
}

/**
 * Confirms an address whose signed link was followed. Upserts: the token proves the reader asked,
 * even if the pending row was lost. Returns false when it was confirmed already.
 */
export async function confirmSubscriber(db: Queryable, email: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO subscribers (email, status, confirmed_at) VALUES ($1, 'confirmed', now())
     ON CONFLICT (email) DO UPDATE SET status = 'confirmed', confirmed_at = now(), updated_at = now(),
       unsubscribed_at = NULL
     WHERE subscribers.status <> 'confirmed'
     RETURNING id`,
    [email],
  )
  return rows.length > 0
}

/** Unsubscribes an address. Returns false when it was not subscribed (nothing to change). */
export async function unsubscribeSubscriber(db: Queryable, email: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = now(), updated_at = now()
     WHERE email = $1 AND status <> 'unsubscribed' RETURNING id`,
    [email],
  )
  return rows.length > 0
}
