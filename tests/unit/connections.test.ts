// Every connection the code opens to a project keeps the README's promise: WAL journal and
// synchronous=FULL. The crash loop's SIGKILLs cannot see this (a killed process loses nothing the
// OS already has; a power cut loses what was never synced), so it is checked here directly.
import type Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openForReading } from '../../src/main/store/projectFile'
import { PROMISED } from '../../src/main/store/durability'
import { REPO_ROOT, newWorkspace, useTempDirs } from './helpers'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []
  )
}

const promised = (db: Database.Database) => ({
  journalMode: db.pragma('journal_mode', { simple: true }),
  synchronous: db.pragma('synchronous', { simple: true })
})

describe('connections keep the durability the README promises', () => {
  const tempDir = useTempDirs()

  it('opens SQLite only where this test checks it', () => {
    // A new place that opens a connection must be added to the checks below.
    const opening = sourceFiles(join(REPO_ROOT, 'src'))
      .filter((f) => /new Database\(|^import Database from 'better-sqlite3'/m.test(readFileSync(f, 'utf8')))
      .map((f) => relative(REPO_ROOT, f))
      .sort()
    expect(opening).toEqual(['src/main/store/projectFile.ts', 'src/main/store/readOnlyOpen.ts'])
    // Workers read through answerFromFile, which opens with openForReading.
    const workers = sourceFiles(join(REPO_ROOT, 'src', 'main')).filter((f) => /Worker\.ts$/.test(f))
    expect(workers.length).toBeGreaterThan(0)
    for (const w of workers) expect(readFileSync(w, 'utf8')).not.toMatch(/new Database\(|openReadOnly\(/)
  })

  it('on the writing, read-only and worker connections', () => {
    const file = join(tempDir(), 'durable.factdesk')
    const writer = newWorkspace()
    writer.create(file, 'Durable')
    expect(writer.read(promised)).toEqual(PROMISED)
    writer.close()
    writer.open(file, 'write')
    expect(writer.read(promised)).toEqual(PROMISED)

    // A second workspace meets the writer lock and reads; a reader opens read-only on purpose.
    const second = newWorkspace()
    second.open(file)
    expect(second.readOnly).toBe(true)
    expect(second.read(promised)).toEqual(PROMISED)
    second.close()
    const reader = newWorkspace()
    reader.open(file, 'read')
    expect(reader.read(promised)).toEqual(PROMISED)
    reader.close()

    const worker = openForReading(file)
    try {
      expect(promised(worker)).toEqual(PROMISED)
    } finally {
      worker.close()
    }
    writer.close()
  })
})
