import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { gradeHeaders } from './observatory'

const locked = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

describe('HTTP Observatory grading', () => {
  it('gives a site with no security headers 30, a D (what the attacker measured)', () => {
    assert.deepEqual({ score: gradeHeaders({}).score, grade: gradeHeaders({}).grade }, { score: 30, grade: 'D' })
  })

  it("gives B+ to everything right but scripts' 'unsafe-inline' (no bonus under 90)", () => {
    const g = gradeHeaders({
      ...locked,
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    })
    assert.deepEqual([g.score, g.grade], [80, 'B+'])
  })

  it('gives A+ with a nonce-based policy, the bonuses counted', () => {
    const g = gradeHeaders({
      ...locked,
      'Content-Security-Policy':
        "default-src 'self'; script-src 'nonce-abc' 'strict-dynamic' 'unsafe-inline'; frame-ancestors 'none'",
    })
    assert.deepEqual([g.score, g.grade], [115, 'A+'])
  })

  it('marks down short HSTS, a missing nosniff and an unsafe referrer policy', () => {
    const g = gradeHeaders({ 'Strict-Transport-Security': 'max-age=600', 'Referrer-Policy': 'unsafe-url' })
    assert.deepEqual(
      g.tests.map((t) => t.result),
      [
        'csp-not-implemented',
        'hsts-implemented-max-age-less-than-six-months',
        'x-content-type-options-not-implemented',
        'x-frame-options-not-implemented',
        'referrer-policy-unsafe',
      ],
    )
  })
})
