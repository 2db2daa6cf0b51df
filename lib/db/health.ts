// Whether the last attempt to reach the database failed, kept on globalThis so the proxy (bundled
// apart from the pages, in the same process) can read what the pages and the opener learnt
// without importing a database driver. It only decides the status of pages that need the database
// (proxy.ts): a page still renders and tries again, and a success clears it.
const state = globalThis as typeof globalThis & { __thenewsDatabaseDown?: boolean }

export function markDatabaseDown(down: boolean): void {
  state.__thenewsDatabaseDown = down
}

export function databaseKnownDown(): boolean {
  return state.__thenewsDatabaseDown === true
}
