import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { aliasProblem } from './validate-aliases'

describe('aliasProblem', () => {
  // The icon and the logo are routes drawn per brand (app/icon.tsx, app/logo.png), no longer files
  // of public/ that the content check's file test would find.
  it('refuses the icon, favicon and logo addresses, which the site answers itself', () => {
    for (const alias of ['/logo.png', '/icon', '/favicon.ico'])
      assert.match(aliasProblem(alias) ?? '', /a path the site itself uses/, alias)
  })

  it('accepts an old article path', () => {
    assert.equal(aliasProblem('/mexico/old-slug'), undefined)
  })
})
