import { expect, test } from '@playwright/test'
import { publicArticles } from './lib/content'
import { api, auth, ended, post, running, unique } from './lib/live'

// The live API's refusals on a production build (issue 14): the secret, bad bodies, wrong methods,
// hostile input and strangers guessing tokens, each answered with a 4xx and nothing stored.

test('posting needs the secret; bad bodies get a 4xx naming the field, and store nothing', async ({ request }) => {
  const before = ((await (await request.get(api(running))).json()) as { total: number }).total
  for (const headers of [{ 'content-type': 'application/json' }, { ...auth, authorization: 'Bearer wrong' }]) {
    const res = await request.post(api(running), { headers, data: { body: 'x' } })
    expect(res.status()).toBe(401)
    expect(res.headers()['www-authenticate']).toBe('Bearer')
  }
  const cases: [unknown, number, RegExp][] = [
    [{}, 400, /"body" is required/],
    [{ body: 'x', html: '<b>x</b>' }, 400, /Unknown field "html"/],
    [{ body: 'x', time: 'tonight' }, 400, /"time" must be an ISO 8601 time/],
    [{ body: 'x', key: 'yes' }, 400, /"key" must be true or false/],
    [[1, 2], 400, /JSON object/],
  ]
  for (const [data, status, message] of cases) {
    const res = await request.post(api(running), { headers: auth, data: Buffer.from(JSON.stringify(data)) })
    expect(res.status(), JSON.stringify(data)).toBe(status)
    expect((await res.json()).error).toMatch(message)
  }
  const malformed = await request.post(api(running), { headers: auth, data: Buffer.from('{"body": ') })
  expect(malformed.status()).toBe(400)
  // Not a live article; an ended one; an update that does not exist.
  const news = publicArticles.find((a) => !a.type)!
  expect((await request.post(`/api/live${news.url}`, { headers: auth, data: { body: 'x' } })).status()).toBe(404)
  const closed = await request.post(api(ended), { headers: auth, data: { body: 'x' } })
  expect(closed.status()).toBe(409)
  expect((await closed.json()).error).toMatch(/has ended/)
  expect((await request.patch(`${api(running)}/999999`, { headers: auth, data: { body: 'x' } })).status()).toBe(404)
  expect((await request.delete(`${api(running)}/f1`, { headers: auth })).status()).toBe(404)
  // Nothing half-stored: the count only moves by what other tests posted meanwhile, never by these.
  const after = ((await (await request.get(api(running))).json()) as { updates: { text: string }[] }).updates
  expect(after.some((u) => u.text === 'x')).toBe(false)
  expect(before).toBeGreaterThan(0)
})

test.describe('hostile requests to the live API', () => {
  test('Markdown nested thousands deep, or with NUL, is a 400 naming the body; the page stays up', async ({
    request,
  }) => {
    for (const body of [`${'>'.repeat(5000)} x`, 'a\u0000b']) {
      const res = await request.post(api(running), { headers: auth, data: { body } })
      expect(res.status()).toBe(400)
      expect((await res.json()).field).toBe('body')
    }
    expect((await request.get(running.url)).status()).toBe(200)
    expect((await request.get(api(running))).status()).toBe(200)
  })

  test('wrong methods get a 405 with the methods each address takes', async ({ request }) => {
    const put = await request.put(api(running), { headers: auth, data: { body: 'x' } })
    expect(put.status()).toBe(405)
    expect(put.headers()['allow']).toBe('GET, POST')
    const get = await request.get(`${api(running)}/1`)
    expect(get.status()).toBe(405)
    expect(get.headers()['allow']).toBe('PATCH, DELETE')
  })

  test('strangers sending wrong tokens do not lock the newsroom out', async ({ request }) => {
    const stranger = { ...auth, authorization: 'Bearer guess', 'x-forwarded-for': '203.0.113.66' }
    for (let i = 0; i < 25; i++) await request.post(api(running), { headers: stranger, data: { body: 'x' } })
    const locked = await request.post(api(running), { headers: stranger, data: { body: 'x' } })
    expect(locked.status()).toBe(429)
    const editor = await request.post(api(running), {
      headers: { ...auth, 'x-forwarded-for': '198.51.100.7' },
      data: { title: unique('Editor still posts'), body: 'Posted while a stranger guesses.' },
    })
    expect(editor.status()).toBe(201)
  })

  test('the lite page of a live article shows a posted update too', async ({ request }) => {
    const title = unique('Shelter opened')
    await post(request, { title, body: 'A new shelter opened in the school.' })
    await expect
      .poll(async () => (await (await request.get(`/lite${running.url}`)).text()).includes(title), { timeout: 10_000 })
      .toBe(true)
  })

  test('pages of older updates exist only for live articles; unknown standards pages are a real 404', async ({
    request,
  }) => {
    const news = publicArticles.find((a) => !a.type)!
    for (const path of [`${news.url}/updates/2`, `${running.url}/updates/5000`, '/about/anything-at-all']) {
      const res = await request.get(path)
      expect(res.status(), path).toBe(404)
      // The prerendered 404 page, not Next's empty error shell, and nothing written to the cache.
      expect(await res.text(), path).toMatch(/<h1[^>]*>/)
    }
  })
})
