#!/usr/bin/env bash
# `npm run test:resilience`: the attacker's and operator's findings of docs/security.md as checks,
# on a production build: headers graded, bad URLs and methods, open redirects, 404s that must not
# fill the disk, two database owners, kill -9 in a sign-up burst, a full disk, an unwritable data
# folder, a forged X-Forwarded-For, the search limit. `npm test` runs all of these too.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
[ -d node_modules ] || npm ci --no-audit --no-fund
source scripts/ensure-browser.sh
source scripts/test-articles.sh
npx tsx --test lib/http/*.test.ts scripts/test-support/observatory.test.ts lib/db/folder-lock.test.ts lib/newsletter/mailer.test.ts
npm run --silent build
npx playwright test e2e/resilience.spec.ts e2e/resilience-crash.spec.ts e2e/bad-requests.spec.ts \
  e2e/security-headers.spec.ts e2e/not-found.spec.ts "$@"
