// Flags for the system Chromium where Playwright cannot download its own: no sandbox (root in CI),
// no GPU, and nothing that reaches for the network this machine does not have.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
