#!/usr/bin/env node
// npm test's security step: Doyensec's Electronegativity over the sources. Fails on any HIGH or
// CRITICAL finding; lower ones are printed, and each is answered in SECURITY.md.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './lib/electronBinary.mjs'

const cli = join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')
const electronVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version
const outDir = join(ROOT, 'test-results')
mkdirSync(outDir, { recursive: true })
const csv = join(outDir, 'electronegativity.csv')
rmSync(csv, { force: true })

// -e names the Electron we ship, so the checks judge its defaults rather than guessing v0.1.0.
const r = spawnSync(
  process.execPath,
  [cli, '-i', join(ROOT, 'src'), '-r', '-v', 'false', '-e', electronVersion, '-o', csv],
  {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000
  }
)
let text
try {
  text = readFileSync(csv, 'utf8')
} catch {
  console.error(
    `electronegativity produced no report (exit ${r.status}): ${(r.stderr || r.stdout || '').trim().slice(-400)}`
  )
  process.exit(1)
}

/** The report is CSV with quoted fields; the sample column can hold commas. */
function parseRow(line) {
  const cells = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      cells.push(cur.trim())
      cur = ''
    } else cur += c
  }
  cells.push(cur.trim())
  return cells
}

const rows = text
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map(parseRow)
  .map(([issue, severity, confidence, file, location]) => ({ issue, severity, confidence, file, location }))
const blocking = rows.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')
for (const f of rows) {
  console.log(
    `${blocking.includes(f) ? '✗' : '·'} ${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.location} (${f.confidence})`
  )
}
console.log(
  `electronegativity (Electron ${electronVersion}): ${rows.length} findings, ${blocking.length} high or critical` +
    (blocking.length ? '' : '; the others are answered in SECURITY.md')
)
process.exit(blocking.length ? 1 : 0)
