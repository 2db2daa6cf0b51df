#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. The e2e tests run against the
# production build (`next build` + `next start`), never the dev server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports && rm -rf reports/e2e

step() { printf '\n== %s ==\n' "$1"; }

[ -d node_modules ] || npm ci --no-audit --no-fund

step "browser"
source scripts/ensure-browser.sh

step "content check and contentlayer"
npm run --silent content

step "type-check"
npm run --silent typecheck

step "lint and format"
npm run --silent lint

step "unit tests"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "database tests: PGlite and PostgreSQL (TEST_DATABASE_URL)"
else
  echo "database tests: PGlite only (set TEST_DATABASE_URL, or run .ci/run, to add PostgreSQL)"
fi
npx tsx --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination=reports/unit.tap \
  $(find lib scripts -name '*.test.ts' | sort)

step "production build"
npx next build

step "end-to-end tests (Playwright, Chromium)"
status=0
npx playwright test "$@" || status=$?

step "summary"
node scripts/test-summary.mjs
exit $status
