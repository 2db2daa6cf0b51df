import { defineConfig, devices } from '@playwright/test'
import { E2E_OUTBOX, E2E_SECRETS } from './e2e/lib/server-env'
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs'

const PORT = Number(process.env.E2E_PORT ?? 3123)
const CI = Boolean(process.env.CI)

// Where Playwright cannot download its own browser, scripts/ensure-browser.sh points CHROMIUM_PATH
// at the system Chromium. These flags keep it off the network it cannot reach here.
const chromiumPath = process.env.CHROMIUM_PATH
const launchOptions = chromiumPath
  ? {
      executablePath: chromiumPath,
      args: CHROMIUM_FLAGS,
    }
  : {}

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'reports/e2e.json' }],
    ...(CI ? ([['html', { open: 'never', outputFolder: 'reports/html' }]] as const) : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    launchOptions,
  },
  projects: [{ name: 'mobile-chromium', use: { ...devices['Pixel 7'], launchOptions } }],
  // The production build: `npm test` runs `npm run build` first (scripts/test.sh).
  webServer: {
    // `npm start`'s server (scripts/start.mjs), as production runs it.
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    // Secrets for the preview and revalidation tests, and a database and mail outbox of the test
    // run's own (scripts/test.sh empties reports/e2e first): the embedded default, no setup.
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(PORT),
      LISTEN_HOST: '127.0.0.1',
      // The tests stand in for one proxy in front: the X-Forwarded-For they send is the client
      // (each test its own, so per-client limits never couple them).
      TRUSTED_PROXY_HOPS: '1',
      // Most tests send no X-Forwarded-For, so they share one client address: the search limit is
      // checked on a server of its own (e2e/resilience.spec.ts).
      SEARCH_RATE_LIMIT: '10000/60',
      PREVIEW_SECRET: E2E_SECRETS.preview,
      REVALIDATE_SECRET: E2E_SECRETS.revalidate,
      LIVE_SECRET: E2E_SECRETS.live,
      PUBLISH_SECRET: `${E2E_SECRETS.publishKey}:${E2E_SECRETS.publish}`,
      PGLITE_DATA_DIR: 'reports/e2e/db',
      MAIL_OUTBOX: E2E_OUTBOX,
    },
  },
})
