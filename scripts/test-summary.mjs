// One closing line for people and CI: totals of the unit (node:test), e2e (Playwright) and
// serverless-artefact (node:test) runs. Only what passed is counted as passed: a skipped or todo
// test proves nothing, and an e2e test that failed and then passed on its retry (flaky) is shown
// apart, not hidden among the passes.
import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** Totals from the closing comments of node:test's TAP (skipped and todo are not in pass or fail). */
export function tapTotals(tap) {
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0)
  return {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    flaky: 0,
    skipped: count('skipped'),
    todo: count('todo'),
  }
}

/** Totals from Playwright's JSON report's stats. */
export function playwrightTotals(stats) {
  return {
    passed: stats?.expected ?? 0,
    failed: stats?.unexpected ?? 0,
    flaky: stats?.flaky ?? 0,
    skipped: stats?.skipped ?? 0,
    todo: 0,
  }
}

/** "3 passed, 1 failed", then flaky, skipped and todo counts when there are any. */
export function describeTotals(t) {
  const extra = [
    ['flaky (failed, then passed on retry)', t.flaky],
    ['skipped', t.skipped],
    ['todo', t.todo],
  ]
  return [
    `${t.passed} passed`,
    `${t.failed} failed`,
    ...extra.filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}`),
  ].join(', ')
}

export function summary(runs) {
  const total = { passed: 0, failed: 0, flaky: 0, skipped: 0, todo: 0 }
  const lines = []
  for (const [name, t] of runs) {
    lines.push(`${name}: ${describeTotals(t)}`)
    for (const key of Object.keys(total)) total[key] += t[key]
  }
  lines.push(describeTotals(total))
  return lines.join('\n')
}

// Run as a script (scripts/test.sh), in the project folder; imported by its test.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')
  const stats = (file) => {
    const report = read(file)
    return playwrightTotals(report ? JSON.parse(report).stats : undefined)
  }
  const yearAhead = existsSync('reports/e2e-year-ahead.json')
  console.log(
    summary([
      ['unit', tapTotals(read('reports/unit.tap'))],
      ['e2e', stats('reports/e2e.json')],
      ['serverless', tapTotals(read('reports/serverless.tap'))],
      // A sister brand's Lambda artefact, when one was built this run (scripts/test.sh).
      ...(existsSync('reports/serverless-brand.tap')
        ? [['serverless, a sister brand', tapTotals(read('reports/serverless-brand.tap'))]]
        : []),
      ['rebuild parity', tapTotals(read('reports/rebuild-parity.tap'))],
      ['a new brand from a fixture', tapTotals(read('reports/brand-fixture.tap'))],
      // The date-sensitive specs again with the clock a year ahead (scripts/test.sh).
      ...(yearAhead ? [['e2e a year ahead', stats('reports/e2e-year-ahead.json')]] : []),
    ]),
  )
}
