import { randomBytes } from 'node:crypto'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { authors, publicArticles } from './lib/content'
import { startIsolatedServer } from './lib/isolated-server'
import { E2E_SECRETS } from './lib/server-env'

// POST /api/publish over real HTTP against the built site (ADR 0019, step 5): each bad publish
// gets its 4xx naming file and field, and a good one is accepted. Whether the page then shows the
// article is the merged view's test.

const PATH = 'content/articles/mexico'
const json = { 'content-type': 'application/json' }
const auth = (client: string, token: string = E2E_SECRETS.publish) => ({
  ...json,
  authorization: `Bearer ${token}`,
  // Each test its own client: wrong tokens are counted per client.
  'x-forwarded-for': client,
})
const text = (front = '', body = 'A paragraph of the story.\n') =>
  `---\ntitle: Published through the API\nsummary: A test of the endpoint\ndate: 2026-11-02T10:00\nsection: mexico\n${front}---\n${body}`
const one = (path: string, t: string) => JSON.stringify({ files: [{ path, text: t }] })

test.describe('POST /api/publish', () => {
  test('refuses a missing or wrong token with 401, then throttles the client with 429', async ({ request }) => {
    const client = `198.51.100.${1 + Math.floor(Math.random() * 200)}`
    const body = Buffer.from(one(`${PATH}/x.mdx`, text()))
    const missing = await request.post('/api/publish', { headers: { ...json, 'x-forwarded-for': client }, data: body })
    expect(missing.status()).toBe(401)
    expect(missing.headers()['www-authenticate']).toBe('Bearer')
    expect((await missing.json()).error).toMatch(/PUBLISH_SECRET/)
    // The key's name is not its secret; neither is the whole `name:secret` entry.
    for (const token of ['wrong', E2E_SECRETS.publishKey, `${E2E_SECRETS.publishKey}:${E2E_SECRETS.publish}`]) {
      const res = await request.post('/api/publish', { headers: auth(client, token), data: body })
      expect(res.status(), token).toBe(401)
    }
    let status = 401
    for (let i = 0; i < 25 && status === 401; i++)
      status = (await request.post('/api/publish', { headers: auth(client, `guess-${i}`), data: body })).status()
    expect(status).toBe(429)
    // Throttled: the right key too.
    const right = await request.post('/api/publish', { headers: auth(client), data: body })
    expect(right.status()).toBe(429)
    expect(Number(right.headers()['retry-after'])).toBeGreaterThan(0)
  })

  test('answers each bad publish with a 4xx naming the file and the field', async ({ request }) => {
    // In another section: the same slug under /mexico would be its own address, another article.
    const taken = publicArticles.find((a) => a.section !== 'mexico')
    expect(taken).toBeDefined()
    const file = `${PATH}/api-bad-${randomBytes(4).toString('hex')}.mdx`
    // The file's name, then the field: "{file}: {field}: …".
    const at = (field: string) => `${file.replaceAll('.', '\\.')}: ${field.replace(/[[\]]/g, '\\$&')}: `
    const cases: [string, string, number, RegExp][] = [
      ['malformed JSON', '{"files": [', 400, /Malformed JSON/],
      [
        'outside content/articles',
        one('content/pages/about.mdx', text()),
        400,
        /content\/pages\/about\.mdx: path: only articles/,
      ],
      [
        "another brand's article",
        one('content/brands/estadio-deportes/articles/futbol/gol.mdx', text()),
        400,
        /articles\/futbol\/gol\.mdx: path: another brand's article \(BRAND=estadio-deportes\)/,
      ],
      ['not .mdx', one(`${PATH}/story.md`, text()), 400, /story\.md: path: must be an \.mdx file/],
      [
        'a broken file',
        one(file, text().replace('title: Published through the API\n', '')),
        400,
        new RegExp(`${at('title')}required field is missing`),
      ],
      [
        'an unknown author',
        one(file, text('authors: [nobody-at-all]\n')),
        400,
        new RegExp(`${at('authors[0]')}unknown author id "nobody-at-all"`),
      ],
      [
        'an unknown component',
        one(file, text('', 'Text\n\n<Marquee>hi</Marquee>\n')),
        400,
        new RegExp(`${at('body')}line 9: unknown component <Marquee>`),
      ],
      [
        'JavaScript in MDX',
        one(file, text('', 'Text {globalThis.process.env.PUBLISH_SECRET}\n')),
        400,
        new RegExp(`${at('body')}line 7:\\d+: .*JavaScript expression`),
      ],
      [
        'an import in MDX',
        one(file, text('', "import fs from 'node:fs'\n\nText\n")),
        400,
        new RegExp(`${at('body')}line 7(:\\d+)?: .*import`),
      ],
      [
        'HTML in MDX',
        one(file, text('', '<img src="x" onerror="alert(1)" />\n')),
        400,
        new RegExp(`${at('body')}line 7(:\\d+)?: .*img`),
      ],
      [
        'a slug another article owns',
        one(`${PATH}/${taken!.slug}.mdx`, text()),
        409,
        new RegExp(`slug \\(file name\\): the slug "${taken!.slug}" belongs to /${taken!.section}/${taken!.slug}`),
      ],
      ['an oversized body', one(file, text('', 'x'.repeat(3 * 1024 * 1024))), 413, /too large/],
    ]
    for (const [what, data, status, message] of cases) {
      const res = await request.post('/api/publish', { headers: auth('198.51.100.250'), data: Buffer.from(data) })
      expect(res.status(), what).toBe(status)
      const { error } = (await res.json()) as { error: string }
      expect(error, what).toMatch(message)
    }
  })

  test('takes only POST', async ({ request }) => {
    const res = await request.get('/api/publish')
    expect(res.status()).toBe(405)
    expect(res.headers()['allow']).toBe('POST')
  })

  test('accepts a good article: 201 with its URL, version and the expired paths; again: 200', async ({ request }) => {
    // On a server of its own: a story published on the shared one would change the lists that
    // other specs compare with the content files.
    test.setTimeout(120_000)
    const server = await startIsolatedServer(3188, {
      PUBLISH_SECRET: `${E2E_SECRETS.publishKey}:${E2E_SECRETS.publish}`,
    })
    try {
      await acceptsAGoodArticle(request, server.baseURL)
    } finally {
      await server.stop()
    }
  })
})

async function acceptsAGoodArticle(request: APIRequestContext, base: string) {
  expect(authors.length).toBeGreaterThan(0)
  const slug = `api-published-${randomBytes(4).toString('hex')}`
  const data = Buffer.from(one(`${PATH}/${slug}.mdx`, text(`authors: [${authors[0]!.id}]\ntags: [Publishing]\n`)))
  const res = await request.post(`${base}/api/publish`, { headers: auth('198.51.100.251'), data })
  expect(res.status(), await res.text()).toBe(201)
  const answer = (await res.json()) as {
    results: { url: string; action: string; version: number }[]
    expired: string[]
  }
  expect(answer.results).toEqual([{ url: `/mexico/${slug}`, action: 'created', version: expect.any(Number) }])
  expect(answer.expired).toEqual(
    expect.arrayContaining(['/', '/mexico', `/mexico/${slug}`, '/tags/publishing', `/authors/${authors[0]!.id}`]),
  )
  const again = await request.post(`${base}/api/publish`, { headers: auth('198.51.100.251'), data })
  expect(again.status()).toBe(200)
  const second = (await again.json()) as { results: { action: string; version: number }[] }
  expect(second.results[0]!.action).toBe('updated')
  expect(second.results[0]!.version).toBeGreaterThan(answer.results[0]!.version)
}
