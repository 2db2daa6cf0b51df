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
# One page of each archive prebuilt: pages 2+ then take the on-demand path that archives deeper
# than PREBUILD_LIST_PAGES (default 5) take in production, and the e2e tests go through it.
PREBUILD_LIST_PAGES=1 npx next build

step "end-to-end tests (Playwright, Chromium)"
status=0
npx playwright test "$@" || status=$?

step "summary"
node scripts/test-summary.mjs
exit $status
