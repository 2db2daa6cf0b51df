import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { describe, test } from 'node:test'
import { site } from '../../config/site'
import { brandOfContentPath, contentDirs, contentRoot } from './paths'

describe('content folders per brand', () => {
  test("The News's content is content/ itself, as it always was", () => {
    assert.equal(contentRoot('the-news'), 'content')
    assert.deepEqual(contentDirs('the-news'), {
      root: 'content',
      articles: 'content/articles',
      authors: 'content/authors',
      pages: 'content/pages',
    })
  })

  test("a sister brand's content is content/brands/{id}/", () => {
    assert.equal(contentRoot('estadio-deportes'), 'content/brands/estadio-deportes')
    assert.deepEqual(contentDirs('capital-queretaro'), {
      root: 'content/brands/capital-queretaro',
      articles: 'content/brands/capital-queretaro/articles',
      authors: 'content/brands/capital-queretaro/authors',
      pages: 'content/brands/capital-queretaro/pages',
    })
  })

  test("without an id, the built brand's folders, which hold its content", () => {
    assert.equal(contentRoot(), contentRoot(site.id))
    for (const dir of [contentDirs().articles, contentDirs().authors, contentDirs().pages])
      assert.ok(existsSync(dir), `${dir} (BRAND=${site.id}) does not exist`)
  })

  test('names the brand whose folder holds a path', () => {
    assert.equal(brandOfContentPath('content/articles/mexico/a.mdx'), 'the-news')
    assert.equal(brandOfContentPath('content/authors/ana.yaml'), 'the-news')
    assert.equal(brandOfContentPath('content/brands/estadio-deportes/articles/futbol/a.mdx'), 'estadio-deportes')
    assert.equal(brandOfContentPath('content/brands/x.mdx'), undefined)
    assert.equal(brandOfContentPath('public/images/a.jpg'), undefined)
    assert.equal(brandOfContentPath('contents/articles/a.mdx'), undefined)
  })
})
