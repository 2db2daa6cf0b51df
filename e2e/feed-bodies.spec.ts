import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { MDX_COMPONENT_NAMES } from '../lib/content/mdx-component-names'
import { publicArticles, type ExpectedArticle } from './lib/content'
import { parseXml } from './lib/xml'

// A feed item's HTML is the article as its page shows it (lib/syndication/feed-html.tsx renders the page's own
// components): element by element, the same tags, texts, link targets and images, for an article
// using each MDX component, and for one with a correction.

const ORIGIN = 'https://www.thenews.mx'
const source = (a: ExpectedArticle) => readFileSync(a.file, 'utf8')

/** The page's article without what only the page has: header, lead photo, topics, lite link, sign-up, polling. */
const PAGE_ONLY = [
  ':scope > header',
  ':scope > figure',
  ':scope > nav',
  ':scope > p',
  ':scope > link',
  ':scope > section:not([aria-labelledby="live-updates-heading"])',
  '#live-poller',
]

/**
 * Each element that carries meaning, in document order: its tag and text, where links and images
 * point (made absolute against the article's address), and images' alt text. Updates posted while
 * the e2e run goes (e2e/live.spec.ts) are left out: the feed may be a minute behind the page.
 */
function skeleton({
  html,
  selector,
  base,
  pageOnly,
}: {
  html: string | null
  selector: string | null
  base: string
  pageOnly: string[]
}) {
  const root = document.createElement('div')
  if (html !== null) root.innerHTML = html
  else {
    const article = document.querySelector(selector!)!.cloneNode(true) as Element
    root.append(article)
  }
  const scope = (html === null ? root.firstElementChild! : root) as Element
  if (html === null) for (const s of pageOnly) scope.querySelectorAll(s).forEach((e) => e.remove())
  scope.querySelectorAll('article[id^="update-"]:not([id^="update-f"])').forEach((e) => e.remove())
  // A day's heading goes with its updates: a day of posted ones only is left out with them.
  scope.querySelectorAll('[data-day]').forEach((d) => {
    if (!d.querySelector('article')) d.remove()
  })
  scope.querySelectorAll('nav[aria-label="Key events"]').forEach((e) => e.remove())
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()
  const url = (v: string | null) => (v === null ? '' : new URL(v, base).href)
  const tags = 'aside,figure,figcaption,blockquote,section,article,h2,h3,h4,p,ul,ol,li,table,th,td,a,img,time,strong,em'
  return Array.from(scope.querySelectorAll(tags)).map((e) => {
    const tag = e.tagName.toLowerCase()
    if (tag === 'img') return `img ${url(e.getAttribute('src'))} alt=${e.getAttribute('alt')}`
    if (tag === 'a') return `a ${url(e.getAttribute('href'))} ${text(e)}`
    if (tag === 'time') return `time ${e.getAttribute('datetime')} ${text(e)}`
    return `${tag} ${text(e)}`
  })
}
async function feedItemHtml(page: Page, request: import('@playwright/test').APIRequestContext, a: ExpectedArticle) {
  const xml = await (await request.get(`/${a.section}/feed.xml`)).text()
  const { out } = await parseXml(page, xml, { guids: 'guid', encoded: 'content:encoded' })
  const i = out.guids!.indexOf(ORIGIN + a.url)
  expect(i, `${a.url} in /${a.section}/feed.xml`).toBeGreaterThanOrEqual(0)
  return out.encoded![i]!
}

const chosen = new Map<string, ExpectedArticle>()
for (const name of MDX_COMPONENT_NAMES) {
  const a = publicArticles.find((x) => source(x).includes(`<${name}`))
  if (a) chosen.set(name, a)
}
const corrected = publicArticles.find((a) => a.corrections.length > 0)

test('the sample has a public article using each MDX component, and one with a correction', () => {
  expect(MDX_COMPONENT_NAMES.length).toBeGreaterThan(0)
  for (const name of MDX_COMPONENT_NAMES) expect(chosen.get(name), `no public article uses <${name}>`).toBeTruthy()
  expect(corrected).toBeTruthy()
})

for (const [what, a] of [...[...chosen].map(([n, a]) => [`<${n}>`, a] as const), ['a correction', corrected] as const])
  test(`a feed item shows ${what} as the page does (${a?.url})`, async ({ page, request }) => {
    const html = await feedItemHtml(page, request, a!)
    expect(html).not.toContain('<script')
    // Every link and image in a feed is absolute: a reader has no page address to resolve against.
    expect(html).not.toMatch(/\s(href|src)="(?!https?:|mailto:)/)
    const base = ORIGIN + a!.url
    await page.goto(a!.url)
    const onPage = await page.evaluate(skeleton, { html: null, selector: 'main article', base, pageOnly: PAGE_ONLY })
    await page.goto('about:blank')
    const inFeed = await page.evaluate(skeleton, { html, selector: null, base, pageOnly: [] })
    expect(onPage.length).toBeGreaterThan(0)
    expect(inFeed).toEqual(onPage)
  })
