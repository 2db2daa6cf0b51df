import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'

// scripts/test-summary.mjs on a real node:test TAP report (of a run made here) and a Playwright
// JSON report's stats, as scripts/test.sh leaves them in reports/.

const scratch = mkdtempSync(join(tmpdir(), 'thenews-summary-'))
after(() => rmSync(scratch, { recursive: true, force: true }))
const script = resolve('scripts/test-summary.mjs')

/** A TAP report of 2 passes, 1 failure, 1 skip and 1 todo, written by node:test itself. */
function tapOfMixedRun(): string {
  const file = join(scratch, 'mixed.test.mjs')
  writeFileSync(
    file,
    `import { test } from 'node:test'
test('a', () => {})
test('b', () => {})
test('c', () => { throw new Error('no') })
test('d', { skip: 'not here' }, () => {})
test('e', { todo: true }, () => {})
`,
  )
  // Without this runner's NODE_TEST_CONTEXT, which would make the child report to it instead.
  const env = { ...process.env }
  delete env.NODE_TEST_CONTEXT
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { encoding: 'utf8', env })
  assert.match(run.stdout, /^# skipped 1$/m)
  return run.stdout
}

function summarise(reports: {
  unit?: string
  e2e?: object
  serverless?: string
  parity?: string
  fixture?: string
}): string[] {
  const dir = mkdtempSync(join(scratch, 'project-'))
  mkdirSync(join(dir, 'reports'))
  if (reports.unit) writeFileSync(join(dir, 'reports/unit.tap'), reports.unit)
  if (reports.serverless) writeFileSync(join(dir, 'reports/serverless.tap'), reports.serverless)
  if (reports.parity) writeFileSync(join(dir, 'reports/rebuild-parity.tap'), reports.parity)
  if (reports.fixture) writeFileSync(join(dir, 'reports/brand-fixture.tap'), reports.fixture)
  if (reports.e2e) writeFileSync(join(dir, 'reports/e2e.json'), JSON.stringify({ stats: reports.e2e }))
  const run = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return run.stdout.trim().split('\n')
}

describe('the test summary', () => {
  it('counts skipped and todo unit tests apart from passes, and flaky e2e tests apart from passes', () => {
    const lines = summarise({
      unit: tapOfMixedRun(),
      e2e: { expected: 10, unexpected: 1, flaky: 2, skipped: 3 },
      serverless: '# pass 4\n# fail 0\n# cancelled 1\n',
      parity: '# pass 1\n# fail 1\n',
      fixture: '# pass 9\n# fail 1\n',
    })
    assert.deepEqual(lines, [
      'unit: 2 passed, 1 failed, 1 skipped, 1 todo',
      'e2e: 10 passed, 1 failed, 2 flaky (failed, then passed on retry), 3 skipped',
      'serverless: 4 passed, 1 failed',
      'rebuild parity: 1 passed, 1 failed',
      'a new brand from a fixture: 9 passed, 1 failed',
      '26 passed, 5 failed, 2 flaky (failed, then passed on retry), 4 skipped, 1 todo',
    ])
  })

  it('closes with "N passed, N failed" alone when nothing was skipped or flaky', () => {
    const lines = summarise({ unit: '# pass 3\n# fail 0\n', e2e: { expected: 5, unexpected: 0, flaky: 0, skipped: 0 } })
    assert.deepEqual(lines, [
      'unit: 3 passed, 0 failed',
      'e2e: 5 passed, 0 failed',
      'serverless: 0 passed, 0 failed',
      'rebuild parity: 0 passed, 0 failed',
      'a new brand from a fixture: 0 passed, 0 failed',
      '8 passed, 0 failed',
    ])
  })
})
