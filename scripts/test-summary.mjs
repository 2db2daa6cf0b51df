// One closing line for people and CI: totals of the unit (node:test), e2e (Playwright) and
// serverless-artefact (node:test) runs.
import { existsSync, readFileSync } from 'node:fs'

function tapTotals(file) {
  const tap = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0)
  return { passed: count('pass'), failed: count('fail') + count('cancelled') }
}
const unit = tapTotals('reports/unit.tap')
const serverless = tapTotals('reports/serverless.tap')

const report = 'reports/e2e.json'
const stats = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).stats : undefined
const e2e = {
  passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
  failed: stats?.unexpected ?? 0,
  skipped: stats?.skipped ?? 0,
}

console.log(`unit: ${unit.passed} passed, ${unit.failed} failed`)
console.log(
  `e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped${stats?.flaky ? ` (${stats.flaky} flaky)` : ''}`,
)
console.log(`serverless: ${serverless.passed} passed, ${serverless.failed} failed`)
console.log(
  `${unit.passed + e2e.passed + serverless.passed} passed, ${unit.failed + e2e.failed + serverless.failed} failed`,
)
