import { accessSync, constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { site } from '../../config/site'

// Where the server may write. On `next start` that is `.data/` beside the app; on a serverless
// host the app's folder is read-only (Lambda's /var/task) and only the temporary folder can be
// written, and only for as long as that one instance lives.

/**
 * The folder of the server's own data (the embedded database, the mail outbox) unless the
 * environment names others: `.data` for the-news, as always, `.data/{id}` for a sister brand, so
 * a checkout that builds one brand, then another, never serves one brand's subscribers or
 * published articles on the other's site.
 */
export function brandDataDir(brandId: string = site.id): string {
  return brandId === 'the-news' ? '.data' : `.data/${brandId}`
}

/** Whether the server can write in the app's own folder (false on a serverless host). */
export function appFolderWritable(cwd = process.cwd()): boolean {
  try {
    accessSync(cwd, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The mail outbox when MAIL_OUTBOX does not name one: `outbox.jsonl` in brandDataDir(), or in the temporary
 * folder where the app's folder is read-only (a serverless host, where mail should go through a
 * provider instead: README "Deploying").
 */
export function defaultOutboxPath(writable = appFolderWritable()): string {
  return writable ? `${brandDataDir()}/outbox.jsonl` : join(tmpdir(), 'thenews', 'outbox.jsonl')
}

/** Why the embedded database cannot be used here, said to whoever reads the server's log. */
export const READ_ONLY_DATABASE_MESSAGE =
  "No database: DATABASE_URL is not set and the app's folder is read-only (a serverless host). " +
  'The embedded database needs a lasting folder; set DATABASE_URL to a PostgreSQL database.'
