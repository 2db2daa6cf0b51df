import { expect, test, type Page } from '@playwright/test'
import { publicArticles } from './lib/content'
import { linkFromMail, mailsTo, uniqueEmail } from './lib/outbox'
import { expectNoAxeViolations } from './lib/page-checks'

// Each test is its own client (X-Forwarded-For), so the per-client rate limit (5 sign-ups in ten
// minutes) never couples them, nor reruns against a kept server.
const clientIp = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': clientIp() })
})

const footerForm = (page: Page) => page.getByRole('contentinfo')

test('subscribe from an article, confirm from the mail, then unsubscribe (JavaScript on)', async ({ page }) => {
  const email = uniqueEmail('reader')
  await page.goto(publicArticles[0]!.url)
  const signup = page.getByRole('region', { name: 'Get The News by email' }).first()
  await signup.getByLabel('Email address').fill(email)
  await signup.getByRole('button', { name: 'Sign up' }).click()
  // Enhanced: the answer appears in place, the page does not change.
  await expect(signup.getByRole('status')).toContainText('Almost done')
  await expect(page).toHaveURL(publicArticles[0]!.url)

  await page.goto(await linkFromMail(email, /Confirm your subscription/))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your subscription')
  await expect(page.getByRole('main')).toContainText(email)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Confirm my subscription' }).click()
  await expect(page).toHaveURL(/\/newsletter\?status=confirmed$/)
  await expect(page.getByRole('main').getByRole('status').first()).toContainText("You're subscribed")

  // Signing up again with the same address (in another case) answers as for anyone, so the page
  // tells a stranger nothing; the mail tells the reader.
  await footerForm(page).getByLabel('Email address').fill(email.toUpperCase())
  await footerForm(page).getByRole('button', { name: 'Sign up' }).click()
  await expect(footerForm(page).getByRole('status')).toContainText('Almost done')
  await linkFromMail(email, /already subscribed/)

  await page.goto(await linkFromMail(email, /Welcome/))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe from the newsletter')
  await page.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(page.getByRole('main').getByRole('status').first()).toContainText("You've been unsubscribed")
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the footer form still signs up, through a redirect to the outcome', async ({ page }) => {
    const email = uniqueEmail('nojs')
    await page.goto('/')
    await footerForm(page).getByLabel('Email address').fill(email)
    await footerForm(page).getByRole('button', { name: 'Sign up' }).click()
    await expect(page).toHaveURL(/\/newsletter\?status=pending$/)
    await expect(page.getByRole('main').getByRole('status').first()).toContainText('Almost done')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The News newsletter')

    await footerForm(page).getByLabel('Email address').fill(email)
    await footerForm(page).getByRole('button', { name: 'Sign up' }).click()
    await expect(page.getByRole('main').getByRole('status').first()).toContainText('Almost done')
    await expect.poll(() => mailsTo(email).filter((m) => /Confirm your subscription/.test(m.subject)).length).toBe(2)

    await page.goto(await linkFromMail(email, /Confirm your subscription/))
    await page.getByRole('button', { name: 'Confirm my subscription' }).click()
    await expect(page.getByRole('main').getByRole('status').first()).toContainText("You're subscribed")
  })

  test('a bad address posted by the form comes back with the reason', async ({ page, request }) => {
    const res = await request.post('/api/newsletter', {
      form: { email: 'nobody@localhost' },
      headers: { 'x-forwarded-for': clientIp() },
      maxRedirects: 0,
    })
    expect(res.status()).toBe(303)
    await page.goto(res.headers()['location']!)
    await expect(page.getByRole('main').getByRole('alert')).toContainText('not a valid domain')
  })
})

test('a bad confirmation link says so and changes nothing', async ({ page }) => {
  await page.goto('/newsletter/confirm?token=not-a-real-token')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work')
  await expect(page.getByRole('main').getByRole('alert')).toContainText('not valid or has expired')
  await expect(page.getByRole('button')).not.toHaveText(['Confirm my subscription'])
})

test('bad sign-up requests get a clear 4xx and store nothing', async ({ request }) => {
  const ip = clientIp()
  const post = (data: string, contentType = 'application/json') =>
    request.post('/api/newsletter', {
      data: Buffer.from(data),
      headers: { 'content-type': contentType, 'x-forwarded-for': ip },
    })
  const cases: [Promise<import('@playwright/test').APIResponse>, number, RegExp][] = [
    [post('{"email": "a@example.com"'), 400, /Malformed JSON/],
    [post(JSON.stringify({ email: `${'a'.repeat(8000)}@example.com` })), 413, /too large/],
    [post('email=a@example.com', 'text/plain'), 415, /Send the form/],
    [post(JSON.stringify({ email: "x@example.com'; DROP TABLE subscribers; --" })), 400, /not a valid domain/],
    [post(JSON.stringify({ email: 'ñandú@example.com' })), 400, /unaccented letters/],
    [post(JSON.stringify({ email: 'ana\u0000@example.com' })), 400, /characters an email address cannot have/],
    [request.get('/api/newsletter'), 405, /Use POST/],
    [request.delete('/api/newsletter'), 405, /Use POST/],
  ]
  for (const [response, status, message] of cases) {
    const res = await response
    expect(res.status(), res.url()).toBe(status)
    expect((await res.json()).error).toMatch(message)
  }
  // The table the SQL-ish address named still takes sign-ups, and nothing earlier was stored:
  // the first real sign-up of this address is new, not a repeat.
  const email = uniqueEmail('after-bad-input')
  const ok = await post(JSON.stringify({ email }))
  expect(ok.status()).toBe(202)
  expect((await ok.json()).status).toBe('pending')
})
