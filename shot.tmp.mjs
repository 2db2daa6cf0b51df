import { chromium } from '@playwright/test'
const [, , url, out, width = '390', full = 'full'] = process.argv
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } })
page.on('console', (m) => console.log('console', m.type(), m.text()))
await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: out, fullPage: full === 'full' })
console.log('scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth))
await browser.close()
