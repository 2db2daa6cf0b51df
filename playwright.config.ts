import { readFileSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { theNews } from './config/brands/the-news'
import type { BrandUnderTest } from './e2e/lib/brands'
import { E2E_OUTBOX, E2E_SECRETS } from './e2e/lib/server-env'
import type { BuiltBrand } from './scripts/build-brands'
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

// The sister brands built for this run (scripts/build-brands.ts; scripts/test.sh sets E2E_BRANDS
// to its reports/brands.json): each gets its own `npm start` from its own build folder, on the
// ports after The News's, and e2e/brands.spec.ts runs every page type against each of them and
// against The News.
const sisterBrands: BuiltBrand[] = process.env.E2E_BRANDS
  ? (JSON.parse(readFileSync(process.env.E2E_BRANDS, 'utf8')) as BuiltBrand[])
  : []
const brandsUnderTest: BrandUnderTest[] = [
  { id: theNews.id, dir: process.cwd(), port: PORT, config: theNews },
  ...sisterBrands.map((b, i) => ({ ...b, port: PORT + 1 + i })),
]
const serverEnv = (port: number, dataDir: string) => ({
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(port),
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
  PGLITE_DATA_DIR: `${dataDir}/db`,
  MAIL_OUTBOX: dataDir === 'reports/e2e' ? E2E_OUTBOX : `${dataDir}/outbox.jsonl`,
})

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
  projects: [
    {
      name: 'mobile-chromium',
      testIgnore: ['brands.spec.ts', 'mobile-nav.spec.ts'],
      use: { ...devices['Pixel 7'], launchOptions },
    },
    ...brandsUnderTest.map((brand) => ({
      name: `brand-${brand.id}`,
      testMatch: ['brands.spec.ts', 'mobile-nav.spec.ts'],
      metadata: { brand },
      use: { ...devices['Pixel 7'], launchOptions, baseURL: `http://127.0.0.1:${brand.port}` },
    })),
  ],
  // The production build: `npm test` runs `npm run build` first (scripts/test.sh).
  webServer: [
    {
      // `npm start`'s server (scripts/start.mjs), as production runs it.
      command: 'node scripts/start.mjs',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      // Secrets for the preview and revalidation tests, and a database and mail outbox of the test
      // run's own (scripts/test.sh empties reports/e2e first): the embedded default, no setup.
      env: serverEnv(PORT, 'reports/e2e'),
    },
    ...sisterBrands.map((brand, i) => ({
      command: 'node scripts/start.mjs',
      cwd: brand.dir,
      url: `http://127.0.0.1:${PORT + 1 + i}/`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      env: { ...serverEnv(PORT + 1 + i, `${process.cwd()}/reports/e2e-brands/${brand.id}`), BRAND: brand.id },
    })),
  ],
})
