import { expect, test, type Page } from '@playwright/test'
import { site } from '../config/site'
import { authors, byNewest, instantOf, publicArticles, standardsPages, typeOf } from './lib/content'

// The newsroom's trust layer on a production build (issue 13): type labels, correction notices,
// the corrections log, author profiles, standards pages, aliases, and what search engines read.
// Expectations come from the MDX and YAML files (e2e/lib/content.ts), not from lib/.

const LABELS: Record<string, string> = {
  analysis: 'Analysis',
  opinion: 'Opinion',
  explainer: 'Explainer',
  interview: 'Interview',
  review: 'Review',
  obituary: 'Obituary',
}

type Ld = Record<string, unknown> & { '@type': string | string[] }
async function jsonLd(page: Page): Promise<Ld[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b) as Ld)
}
const isArticleLd = (x: Ld) => [x['@type']].flat().includes('NewsArticle')
/** The offset form the site writes (Mexico City, -06:00 since 2022). */
const zoned = (ms: number) => new Date(ms - 6 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '-06:00')

/** Width and height from a JPEG's SOF marker. */
function jpegSize(buf: Buffer) {
  let i = 2
  while (i < buf.length) {
    const marker = buf[i + 1]!
    if (marker >= 0xc0 && marker <= 0xc2) return { width: buf.readUInt16BE(i + 7), height: buf.readUInt16BE(i + 5) }
    i += 2 + buf.readUInt16BE(i + 2)
  }
  throw new Error('not a JPEG')
}

test('every typed article shows its label above the headline and on its card; news shows none', async ({ page }) => {
  // (Live articles: e2e/live.spec.ts.)
  const typed = publicArticles.filter((a) => typeOf(a) !== 'news' && typeOf(a) !== 'live')
  expect(new Set(typed.map(typeOf))).toEqual(new Set(['analysis', 'opinion', 'explainer', 'interview']))
  for (const a of typed) {
    await page.goto(a.url)
    const header = page.getByRole('article').first().locator('header')
    // (In the opinion section the section's own kicker says "Opinion": it is not said twice.)
    await expect(header.getByText(LABELS[typeOf(a)]!, { exact: true }), a.url).toHaveCount(1)
    await expect(header.getByText(LABELS[typeOf(a)]!, { exact: true }), a.url).toBeVisible()
    // Above the headline: the label comes first in reading order.
    const order = await header.evaluate((h, label) => {
      const all = [...h.querySelectorAll('*')]
      const l = all.findIndex((e) => e.textContent === label && e.children.length === 0)
      return l >= 0 && l < all.indexOf(h.querySelector('h1')!)
    }, LABELS[typeOf(a)]!)
    expect(order, a.url).toBe(true)
    // On its card in its section's list, on the page of that list where it falls (newest first).
    const inSection = publicArticles.filter((x) => x.section === a.section).sort(byNewest)
    const listPage = Math.floor(inSection.indexOf(a) / site.articlesPerPage) + 1
    await page.goto(listPage === 1 ? `/${a.section}` : `/${a.section}/page/${listPage}`)
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: a.title, exact: true }) })
    await expect(card, `${a.url} on /${a.section} page ${listPage}`).toHaveCount(1)
    await expect(card.getByText(LABELS[typeOf(a)]!, { exact: true }), a.url).toHaveCount(1)
  }
  const news = publicArticles.find((a) => typeOf(a) === 'news')!
  await page.goto(news.url)
  for (const label of Object.values(LABELS))
    await expect(page.getByRole('article').first().locator('header').getByText(label, { exact: true })).toHaveCount(0)
})

test('an opinion piece looks unlike news and gives its writer’s role', async ({ page }) => {
  const op = publicArticles.find((a) => typeOf(a) === 'opinion' && a.authors.length)!
  const writer = authors.find((x) => x.id === op.authors[0])!
  await page.goto(op.url)
  const header = page.getByRole('article').first().locator('header')
  await expect(header).toContainText(`${writer.name}, ${writer.role}`)
  const style = (url: string) =>
    page.goto(url).then(() =>
      page.getByRole('heading', { level: 1 }).evaluate((h) => {
        const article = h.closest('article')!
        return [getComputedStyle(h).fontStyle, getComputedStyle(article).backgroundColor]
      }),
    )
  const news = publicArticles.find((a) => typeOf(a) === 'news')!
  expect(await style(op.url)).not.toEqual(await style(news.url))
})

test('a correction sits at the top of its article, dated; a clarification at the end', async ({ page }) => {
  const corrected = publicArticles.find((a) => a.corrections.some((c) => (c.kind ?? 'correction') === 'correction'))!
  const clarified = publicArticles.find((a) => a.corrections.some((c) => c.kind === 'clarification'))!
  await page.goto(corrected.url)
  const notice = page.getByRole('complementary', { name: /^Correction/ })
  const c = corrected.corrections[0]!
  await expect(notice).toContainText(c.text)
  expect(await notice.locator('time').first().getAttribute('datetime')).toBe(zoned(instantOf(c.date)))
  // Before the body: above the first paragraph of the text.
  const before = await notice.evaluate((n) => {
    const body = n.closest('article')!.querySelector('p:not(header p):not(aside p)')!
    return Boolean(n.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  expect(before).toBe(true)
  // The article says it was updated, at the correction's time.
  await expect(page.getByRole('article').first().locator('header')).toContainText('Updated')

  await page.goto(clarified.url)
  const clarification = page.getByRole('complementary', { name: /^Clarification/ })
  await expect(clarification).toContainText(clarified.corrections[0]!.text)
  const after = await clarification.evaluate((n) => {
    const body = n.closest('article')!.querySelector('p:not(header p):not(aside p)')!
    return Boolean(n.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_PRECEDING)
  })
  expect(after).toBe(true)
})

test('/corrections lists every correction newest first, linking its article', async ({ page }) => {
  const expected = publicArticles
    .flatMap((a) => a.corrections.map((c) => ({ ...c, a })))
    .sort((x, y) => instantOf(y.date) - instantOf(x.date))
  expect(expected.length).toBeGreaterThan(0)
  await page.goto('/corrections')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections and clarifications')
  const items = page.getByRole('main').getByRole('listitem')
  await expect(items).toHaveCount(expected.length)
  for (const [i, e] of expected.entries()) {
    await expect(items.nth(i)).toContainText(e.text)
    await expect(items.nth(i).getByRole('link', { name: e.a.title })).toHaveAttribute('href', e.a.url)
  }
  // Paginated like sections: the page after the last is a 404.
  expect((await page.goto('/corrections/page/2'))?.status()).toBe(404)
})

test('article JSON-LD: the schema.org type of its kind, corrections, dateModified by the rule', async ({ page }) => {
  const checked = publicArticles
    .filter((a) => (a.type || a.corrections.length || a.updated) && a.type !== 'live')
    .sort(byNewest)
  for (const a of checked) {
    await page.goto(a.url)
    const ld = (await jsonLd(page)).find(isArticleLd)!
    const specific = {
      analysis: 'AnalysisNewsArticle',
      opinion: 'OpinionNewsArticle',
      explainer: 'BackgroundNewsArticle',
    }[typeOf(a)]
    expect(ld['@type'], a.url).toEqual(specific ? ['NewsArticle', specific] : 'NewsArticle')
    const times = [a.date, a.updated, ...a.corrections.map((c) => c.date)].flatMap((d) => (d ? [instantOf(d)] : []))
    expect(ld.dateModified, a.url).toBe(zoned(Math.max(...times)))
    const corrections = (ld.correction ?? []) as { '@type': string; text: string; datePublished: string }[]
    expect(
      corrections.map((c) => [c['@type'], c.datePublished]),
      a.url,
    ).toEqual(a.corrections.map((c) => ['CorrectionComment', zoned(instantOf(c.date))]))
  }
  // Without `updated` or corrections: dateModified is the publication, and no "Updated" label.
  const plain = publicArticles.find((a) => !a.updated && !a.corrections.length && !a.type)!
  await page.goto(plain.url)
  const ld = (await jsonLd(page)).find(isArticleLd)!
  expect(ld.dateModified).toBe(ld.datePublished)
  await expect(page.getByRole('article').first().locator('header')).not.toContainText('Updated')
})

test('the publisher links the standards pages, and every one of them is a page in the footer', async ({
  page,
  request,
}) => {
  await page.goto(publicArticles[0]!.url)
  const publisher = (await jsonLd(page)).find(isArticleLd)!.publisher as Record<string, string>
  expect(publisher['@type']).toBe('NewsMediaOrganization')
  const links = [
    'publishingPrinciples',
    'ethicsPolicy',
    'correctionsPolicy',
    'ownershipFundingInfo',
    'masthead',
    'noBylinesPolicy',
  ].map((k) => publisher[k]!)
  const footer = page.getByRole('contentinfo')
  for (const url of links) {
    const path = new URL(url).pathname
    expect(path).toMatch(/^\/about\/[a-z-]+$/)
    expect((await request.get(path)).status(), path).toBe(200)
    await expect(footer.locator(`a[href="${path}"]`).first()).toBeVisible()
  }
  // The home page carries the same publisher.
  await page.goto('/')
  const site = (await jsonLd(page)).find((x) => x['@type'] === 'WebSite')!
  expect((site.publisher as Record<string, string>).correctionsPolicy).toBe(publisher.correctionsPolicy)
  for (const p of standardsPages) {
    await page.goto(`/about/${p.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.title)
    await expect(page.getByRole('main')).toContainText(p.summary)
  }
  expect((await page.goto('/about/no-such-policy'))?.status()).toBe(404)
})

test('an author page is a profile: photo, role, bio, expertise, links, stories, ProfilePage JSON-LD', async ({
  page,
}) => {
  const a = authors.find((x) => x.expertise && x.sameAs.length && x.avatar)!
  await page.goto(`/authors/${a.id}`)
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(a.name)
  await expect(main.getByRole('img', { name: a.name })).toBeVisible()
  for (const text of [a.role, a.bio, a.expertise!]) await expect(main).toContainText(text)
  for (const url of a.sameAs) await expect(main.locator(`a[href="${url}"]`)).toHaveAttribute('rel', /me/)
  const stories = publicArticles.filter((x) => x.authors.includes(a.id))
  await expect(main.getByRole('link', { name: stories.sort(byNewest)[0]!.title })).toBeVisible()
  const ld = (await jsonLd(page)).find((x) => x['@type'] === 'ProfilePage')!
  const person = ld.mainEntity as Record<string, unknown>
  expect(person['@type']).toBe('Person')
  expect(person.name).toBe(a.name)
  expect(person.url).toMatch(new RegExp(`/authors/${a.id}$`))
  expect(person.jobTitle).toBe(a.role)
  expect(person.knowsAbout).toBe(a.expertise)
  expect(person.sameAs).toEqual(a.sameAs)
  // …and the article JSON-LD names each author as a Person with that url.
  await page.goto(stories.find((x) => x.type !== 'live')!.url)
  const article = (await jsonLd(page)).find(isArticleLd)!
  expect(article.author).toContainEqual({ '@type': 'Person', name: a.name, url: person.url })
})

test('an article’s old addresses redirect permanently (308) to it', async ({ request }) => {
  const aliased = publicArticles.filter((a) => a.aliases.length)
  expect(aliased.length).toBeGreaterThan(0)
  for (const a of aliased)
    for (const alias of a.aliases) {
      const res = await request.get(alias, { maxRedirects: 0 })
      expect(res.status(), alias).toBe(308)
      expect(new URL(res.headers().location!, 'http://x').pathname).toBe(a.url)
    }
})

test('a photo article’s og:image, twitter:image and JSON-LD image are the photo, ≥1200 px wide', async ({
  page,
  request,
}) => {
  const a = [...publicArticles].sort(byNewest).find((x) => x.image)!
  await page.goto(a.url)
  const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).first().getAttribute('content')
  const og = (await meta('og:image'))!
  expect(og).toMatch(/^https?:\/\//)
  expect(og).not.toContain('/og/')
  expect(await meta('twitter:image')).toBe(og)
  const photo = await request.get(new URL(og).pathname)
  expect(photo.headers()['content-type']).toBe('image/jpeg')
  expect(jpegSize(await photo.body()).width).toBeGreaterThanOrEqual(1200)
  const images = (await jsonLd(page)).find(isArticleLd)!.image as { url: string; width: number; height: number }[]
  const ratios = []
  for (const img of images) {
    expect(img.url).toMatch(/^https?:\/\//)
    const size = jpegSize(await (await request.get(new URL(img.url).pathname)).body())
    expect(size).toEqual({ width: img.width, height: img.height })
    expect(size.width).toBeGreaterThanOrEqual(1200)
    ratios.push((size.width / size.height).toFixed(2))
  }
  expect(ratios).toEqual(['1.78', '1.33', '1.00'])
  expect(await meta('robots')).toContain('max-image-preview:large')
  // A page that is not to be indexed stays so.
  await page.goto('/search?q=peso')
  expect(await page.locator('meta[name="robots"]').first().getAttribute('content')).toContain('noindex')
})
