// The HTTP Observatory's grading of response headers (MDN Observatory, v2 scoring), for the
// tests: each test's modifier, bonuses (positive modifiers) only for a score of 90 or more before
// them, and the grade. Only what one response's headers show is graded; redirection to HTTPS,
// cookies and subresource integrity need the deployed site (docs/security.md).

type HeaderTest = { test: string; result: string; modifier: number }
type Grade = { score: number; grade: string; tests: HeaderTest[] }

const GRADES: ReadonlyArray<readonly [number, string]> = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
]

function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

function csp(value: string | undefined): HeaderTest {
  const test = 'content-security-policy'
  if (!value) return { test, result: 'csp-not-implemented', modifier: -25 }
  const d = parseCsp(value)
  const scripts = d.get('script-src') ?? d.get('default-src') ?? ['*']
  const styles = d.get('style-src') ?? d.get('default-src') ?? ['*']
  // A nonce, hash or 'strict-dynamic' makes browsers ignore 'unsafe-inline'.
  const neutralised = scripts.some((s) => /^'(nonce-|sha(256|384|512)-|strict-dynamic)/.test(s))
  if (scripts.includes("'unsafe-inline'") && !neutralised)
    return { test, result: 'csp-implemented-with-unsafe-inline', modifier: -20 }
  if (scripts.includes("'unsafe-eval'")) return { test, result: 'csp-implemented-with-unsafe-eval', modifier: -10 }
  if (scripts.some((s) => s === '*' || s === 'http:' || s === 'https:'))
    return { test, result: 'csp-implemented-with-insecure-scheme', modifier: -20 }
  if (styles.includes("'unsafe-inline'"))
    return { test, result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 }
  if (d.get('default-src')?.join(' ') === "'none'")
    return { test, result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 }
  return { test, result: 'csp-implemented-with-no-unsafe', modifier: 5 }
}

function hsts(value: string | undefined): HeaderTest {
  const test = 'strict-transport-security'
  const maxAge = Number(value?.match(/max-age=(\d+)/i)?.[1] ?? NaN)
  if (!value) return { test, result: 'hsts-not-implemented', modifier: -20 }
  if (!Number.isFinite(maxAge)) return { test, result: 'hsts-header-invalid', modifier: -20 }
  if (maxAge < 15_768_000) return { test, result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 }
  return { test, result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 }
}

function contentTypeOptions(value: string | undefined): HeaderTest {
  const test = 'x-content-type-options'
  if (!value) return { test, result: 'x-content-type-options-not-implemented', modifier: -5 }
  return value.trim().toLowerCase() === 'nosniff'
    ? { test, result: 'x-content-type-options-nosniff', modifier: 0 }
    : { test, result: 'x-content-type-options-header-invalid', modifier: -5 }
}

function frameOptions(value: string | undefined, cspValue: string | undefined): HeaderTest {
  const test = 'x-frame-options'
  const ancestors = cspValue ? parseCsp(cspValue).get('frame-ancestors') : undefined
  if (ancestors && !ancestors.includes('*')) return { test, result: 'x-frame-options-implemented-via-csp', modifier: 5 }
  if (!value) return { test, result: 'x-frame-options-not-implemented', modifier: -20 }
  return /^(deny|sameorigin)$/i.test(value.trim())
    ? { test, result: 'x-frame-options-sameorigin-or-deny', modifier: 0 }
    : { test, result: 'x-frame-options-header-invalid', modifier: -20 }
}

function referrerPolicy(value: string | undefined): HeaderTest {
  const test = 'referrer-policy'
  if (!value) return { test, result: 'referrer-policy-not-implemented', modifier: 0 }
  const policy = value.split(',').pop()!.trim().toLowerCase()
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(policy))
    return { test, result: 'referrer-policy-private', modifier: 5 }
  if (['unsafe-url', 'origin', 'origin-when-cross-origin'].includes(policy))
    return { test, result: 'referrer-policy-unsafe', modifier: -5 }
  if (policy === 'no-referrer-when-downgrade')
    return { test, result: 'referrer-policy-no-referrer-when-downgrade', modifier: 0 }
  return { test, result: 'referrer-policy-header-invalid', modifier: -5 }
}

/** Grades one response's headers (names in any case). */
export function gradeHeaders(raw: Record<string, string | undefined>): Grade {
  const h = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]))
  const tests = [
    csp(h['content-security-policy']),
    hsts(h['strict-transport-security']),
    contentTypeOptions(h['x-content-type-options']),
    frameOptions(h['x-frame-options'], h['content-security-policy']),
    referrerPolicy(h['referrer-policy']),
  ]
  const base = 100 + tests.reduce((sum, t) => sum + Math.min(0, t.modifier), 0)
  const bonus = base >= 90 ? tests.reduce((sum, t) => sum + Math.max(0, t.modifier), 0) : 0
  const score = Math.max(0, base + bonus)
  return { score, grade: GRADES.find(([min]) => score >= min)![1], tests }
}
