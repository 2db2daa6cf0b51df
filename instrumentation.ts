// Runs once when a server process starts (`next start`, or a serverless function's init), before
// it takes requests: the database opens here (lib/db/open-at-start.ts).
export async function register() {
  // Next compiles this file for the Edge runtime too, with NEXT_RUNTIME replaced by 'edge': written
  // as one condition the branch is dropped there, so the Node-only code is never bundled for Edge
  // (an early return is not, and `npm run dev` warned about process.exit on every compile).
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { openDatabaseAtStart } = await import('./lib/db/open-at-start')
    await openDatabaseAtStart()
  }
}
