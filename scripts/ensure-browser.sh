# Sourced by scripts/test.sh: makes sure a Chromium is there for Playwright, installing one if not.
# Order: an explicit CHROMIUM_PATH; Playwright's own browser; the system Chromium; apt-get (Debian,
# where Playwright's download is not reachable); Playwright's own installer.

playwright_has_browser() {
  node -e "const { chromium } = require('@playwright/test'); process.exit(require('fs').existsSync(chromium.executablePath()) ? 0 : 1)" 2>/dev/null
}

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; return 1; }
elif playwright_has_browser; then
  : # Playwright's own Chromium
elif command -v chromium >/dev/null 2>&1; then
  export CHROMIUM_PATH="$(command -v chromium)"
elif command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  export CHROMIUM_PATH="$(command -v chromium)"
else
  echo "Installing Playwright's Chromium…"
  npx playwright install chromium
fi
[ -n "${CHROMIUM_PATH:-}" ] && echo "Browser: $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -1))" || echo "Browser: Playwright's Chromium"
