import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { articlePathProblem, parsePublishRequest } from './request'

// Where a published file may sit, per brand: a site publishes its own brand's articles folder only
// (lib/content/paths.ts). The unit tests run on The News's build, as the rest of the suite.
const text = '---\ntitle: T\nsummary: S\ndate: 2026-11-02T10:00\nsection: futbol\n---\nText.\n'
const problems = (path: string) => {
  const parsed = parsePublishRequest({ files: [{ path, text }] })
  return 'problems' in parsed ? parsed.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`) : []
}

describe('publish request paths per brand', () => {
  test("The News's site refuses another brand's article with a 400 naming the brand", () => {
    const path = 'content/brands/estadio-deportes/articles/futbol/gol.mdx'
    assert.deepEqual(problems(path), [
      `${path}: path: another brand's article (BRAND=estadio-deportes): this site (BRAND=the-news) publishes content/articles/**/{slug}.mdx only`,
    ])
  })

  test("a sister brand's site accepts its own folder and refuses The News's and another sister's", () => {
    assert.equal(
      articlePathProblem('content/brands/estadio-deportes/articles/futbol/gol.mdx', 'estadio-deportes'),
      undefined,
    )
    assert.equal(
      articlePathProblem('content/brands/estadio-deportes/articles/_test/x.mdx', 'estadio-deportes'),
      undefined,
    )
    for (const [path, owner] of [
      ['content/articles/mexico/story.mdx', 'the-news'],
      ['content/brands/capital-queretaro/articles/queretaro/nota.mdx', 'capital-queretaro'],
    ])
      assert.equal(
        articlePathProblem(path!, 'estadio-deportes')?.message,
        `another brand's article (BRAND=${owner}): this site (BRAND=estadio-deportes) publishes content/brands/estadio-deportes/articles/**/{slug}.mdx only`,
      )
  })

  test("outside any brand's articles, climbing out, or not .mdx: the brand's own folder is named", () => {
    const only =
      'only articles are published: the path must be content/brands/estadio-deportes/articles/**/{slug}.mdx, from the project root'
    for (const path of [
      'content/brands/estadio-deportes/pages/firmas.mdx',
      'content/brands/estadio-deportes/articles/../../../articles/mexico/x.mdx',
      'content/brands/estadio-deportes/articles/Futbol/x.mdx',
      'articles/futbol/x.mdx',
    ])
      assert.equal(articlePathProblem(path, 'estadio-deportes')?.message, only, path)
    assert.equal(
      articlePathProblem('content/brands/estadio-deportes/articles/futbol/x.md', 'estadio-deportes')?.message,
      'must be an .mdx file: content/brands/estadio-deportes/articles/**/{slug}.mdx',
    )
  })

  test("The News's own paths and messages are unchanged", () => {
    assert.deepEqual(problems('content/articles/mexico/story.mdx'), [])
    assert.deepEqual(problems('content/pages/about.mdx'), [
      'content/pages/about.mdx: path: only articles are published: the path must be content/articles/**/{slug}.mdx, from the project root',
    ])
    assert.deepEqual(problems('content/articles/mexico/x.md'), [
      'content/articles/mexico/x.md: path: must be an .mdx file: content/articles/**/{slug}.mdx',
    ])
  })
})
