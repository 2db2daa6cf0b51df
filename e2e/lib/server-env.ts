// What the e2e server is started with (playwright.config.ts) and the tests therefore know.
export const E2E_SECRETS = {
  preview: 'e2e-preview-secret',
  revalidate: 'e2e-revalidate-secret',
  live: 'e2e-live-secret',
  /** PUBLISH_SECRET holds named keys: `name:secret`. */
  publishKey: 'e2e-desk',
  publish: 'e2e-publish-secret',
} as const
export const E2E_OUTBOX = 'reports/e2e/outbox.jsonl'
