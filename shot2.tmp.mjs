import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] })
const page = await browser.newPage()
page.on('response', r => { if (r.status() >= 400) console.log(r.status(), r.url()) })
await page.goto(process.argv[2], { waitUntil: 'networkidle' })
await browser.close()
