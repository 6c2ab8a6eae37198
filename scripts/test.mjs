// npm test: the one gate. Format, lint, both typechecks, unit tests, then end-to-end tests,
// closing with the runners' totals on one line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './lib/electronBinary.mjs'

const bin = (name, file) => join(ROOT, 'node_modules', name, file)
const results = join(ROOT, 'test-results')
mkdirSync(results, { recursive: true })
const unitJson = join(results, 'unit.json')
const e2eJson = join(results, 'e2e.json')
rmSync(unitJson, { force: true })
rmSync(e2eJson, { force: true })

const steps = [
  { name: 'format', cmd: [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'] },
  { name: 'lint', cmd: [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.'] },
  { name: 'security (electronegativity)', cmd: [join(ROOT, 'scripts', 'electronegativity.mjs')] },
  { name: 'typecheck (node)', cmd: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.node.json'] },
  { name: 'typecheck (web)', cmd: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.web.json'] },
  { name: 'typecheck (e2e)', cmd: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.e2e.json'] },
  {
    name: 'unit',
    cmd: [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]
  },
  { name: 'build', cmd: [bin('electron-vite', 'bin/electron-vite.js'), 'build', '--logLevel', 'warn'] },
  { name: 'e2e', cmd: [bin('@playwright/test', 'cli.js'), 'test'], env: { FACTDESK_E2E_JSON: e2eJson } }
]

const only = process.argv.slice(2)
const summary = []
let gateFailures = 0
for (const step of steps) {
  if (only.length && !only.includes(step.name.split(' ')[0])) continue
  console.log(`\n▶ ${step.name}`)
  const started = Date.now()
  const r = spawnSync(process.execPath, step.cmd, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...step.env } })
  const ok = r.status === 0
  summary.push(`${ok ? '✓' : '✗'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  if (!ok && step.name !== 'unit' && step.name !== 'e2e') gateFailures++
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
  } catch {
    return null
  }
}

let passed = 0
let failed = gateFailures
let skipped = 0
const unit = readJson(unitJson)
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0)
  summary.push(
    `unit (vitest): ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests} skipped`
  )
} else if (!only.length || only.includes('unit')) {
  failed++
  summary.push('unit (vitest): no results')
}
const e2e = readJson(e2eJson)
if (e2e) {
  const s = e2e.stats
  passed += s.expected + s.flaky
  failed += s.unexpected
  skipped += s.skipped
  summary.push(`e2e (playwright): ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`)
} else if (!only.length || only.includes('e2e')) {
  failed++
  summary.push('e2e (playwright): no results')
}

console.log(`\n${summary.join('\n')}`)
console.log(`Total: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
