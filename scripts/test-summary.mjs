// One closing line for people and CI: totals of the unit (node:test) and e2e (Playwright) runs.
import { existsSync, readFileSync } from 'node:fs'

const tap = existsSync('reports/unit.tap') ? readFileSync('reports/unit.tap', 'utf8') : ''
const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0)
const unit = { passed: count('pass'), failed: count('fail') + count('cancelled') }

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
console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`)
