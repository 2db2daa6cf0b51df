import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normaliseEmail } from './email'

const ok = (input: string) => {
  const r = normaliseEmail(input)
  assert.equal(r.ok, true, `${input} should be accepted`)
  return r.ok ? r.email : ''
}
const problem = (input: unknown) => {
  const r = normaliseEmail(input)
  assert.equal(r.ok, false, `${String(input)} should be refused`)
  return r.ok ? '' : r.code
}

test('addresses are trimmed and lower-cased, so a repeat sign-up is the same address', () => {
  assert.equal(ok('  Ana.Lucia+news@Example.COM '), 'ana.lucia+news@example.com')
  assert.equal(ok("o'brien@example.mx"), "o'brien@example.mx")
})

test('an international domain becomes its deliverable ASCII form', () => {
  assert.equal(ok('lectora@méxico.mx'), 'lectora@xn--mxico-bsa.mx')
})

test('each kind of bad address gets its own reason', () => {
  assert.equal(problem(''), 'email-missing')
  assert.equal(problem(undefined), 'email-missing')
  assert.equal(problem(42), 'email-missing')
  assert.equal(problem('no-at-sign.example.com'), 'email-format')
  assert.equal(problem('two@@example.com'), 'email-format')
  assert.equal(problem('a@b@example.com'), 'email-format')
  assert.equal(problem('josé@example.com'), 'email-non-ascii')
  assert.equal(problem('ana lucia@example.com'), 'email-local')
  assert.equal(problem('.ana@example.com'), 'email-local')
  assert.equal(problem('ana@localhost'), 'email-domain')
  assert.equal(problem('ana@-example.com'), 'email-domain')
  assert.equal(problem('ana@example.c0m'), 'email-domain')
  assert.equal(problem(`${'a'.repeat(65)}@example.com`), 'email-local')
  assert.equal(problem(`a@${'b'.repeat(250)}.com`), 'email-too-long')
})

test('SQL-ish input is just an invalid address', () => {
  assert.equal(problem("x@example.com'; DROP TABLE subscribers; --"), 'email-domain')
  assert.equal(problem("' OR 1=1 --@example.com"), 'email-local')
})
