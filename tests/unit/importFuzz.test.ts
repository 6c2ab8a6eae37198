import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FactdeskError } from '../../src/shared/result'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import { readSampleArticles } from '../../src/main/services/sample'
import { ProjectFile } from '../../src/main/store/projectFile'
import { cleanError, fuzz, mutate, type FuzzReport, type FuzzTarget } from './fuzz/harness'
import { addArticles, newWorkspace, RESOURCES_DIR, useTempDirs } from './helpers'

/**
 * Seeded random and mutated inputs for everything that reads outside data today: pasted text,
 * the sample-file parser and the project-file reader. Each case has a time bound and must end
 * in a value or a clear one-line error. Issue 3's importers join as one more target each
 * (generate: mutate(rng, a fixture file); run: the importer; judge: cleanError).
 */
const tempDir = useTempDirs()
const SAMPLES = readdirSync(join(RESOURCES_DIR, 'sample')).map((f) => readFileSync(join(RESOURCES_DIR, 'sample', f)))
const CLEAN_CODES = [
  'invalid_input',
  'conflict',
  'not_a_project',
  'corrupt',
  'newer_version',
  'io',
  'read_only',
  'locked'
]

function expectClean(report: FuzzReport): void {
  expect(report.failures, report.name).toEqual([])
  console.log(`${report.name}: ${report.cases} cases, slowest ${report.slowest.toFixed(0)} ms, none failed`)
}

describe('importer fuzzing', () => {
  it('pastes seeded random and mutated articles through dispatch', async () => {
    const ws = newWorkspace()
    const handlers = createHandlers(ws, { version: 'test', shell: 'browser' })
    ws.create(join(tempDir(), 'paste.factdesk'))
    try {
      const target: FuzzTarget<Record<string, unknown>> = {
        name: 'articles.paste',
        seed: 3,
        cases: 300,
        timeoutMs: 3_000,
        generate: (rng) => {
          const bytes = rng.chance(0.3) ? rng.bytes(rng.int(0, 20_000)) : mutate(rng, rng.pick(SAMPLES))
          const text = bytes.toString(rng.chance(0.8) ? 'utf8' : 'latin1')
          const line = text.split('\n')[0] ?? ''
          return {
            title: rng.chance(0.9) ? line.slice(0, rng.int(0, 1_200)) : text,
            outlet: rng.chance(0.5) ? text.slice(0, rng.int(0, 3_000)) : null,
            url: rng.chance(0.3)
              ? `https://example.invalid/${encodeURIComponent(line.slice(0, 50))}`
              : line.slice(0, 80),
            publishedAt: rng.pick(['2026-03-02', '2026-13-45', line.slice(0, 10), null]),
            body: rng.chance(0.05) ? 'x'.repeat(rng.int(100_000, 2_000_000)) : text
          }
        },
        run: (input) => dispatch(handlers, 'articles.paste', input),
        judge: ({ value, error }) => (error ? `threw ${String(error)}` : cleanError(value, CLEAN_CODES))
      }
      expectClean(await fuzz(target))
      // Whatever got in reads back as it was stored.
      const list = await dispatch(handlers, 'articles.list', {})
      expect(list.ok).toBe(true)
    } finally {
      ws.close()
    }
  }, 120_000)

  it('parses mutated sample files without throwing', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'sample'))
    expectClean(
      await fuzz({
        name: 'sample-file parser',
        seed: 5,
        cases: 300,
        timeoutMs: 1_000,
        generate: (rng) => (rng.chance(0.2) ? rng.bytes(rng.int(0, 5_000)) : mutate(rng, rng.pick(SAMPLES))),
        run: (bytes) => {
          writeFileSync(join(dir, 'sample', 'a.txt'), bytes)
          return readSampleArticles(dir)
        },
        judge: ({ value, error }) => {
          if (error) return `threw ${String(error)}`
          const [a] = value as { title: string; body: string }[]
          return typeof a.title === 'string' && typeof a.body === 'string' ? null : 'no title or body'
        }
      })
    )
  })

  it('refuses or opens mutated project files, never crashing or hanging', async () => {
    const dir = tempDir()
    const real = join(dir, 'real.factdesk')
    const ws = newWorkspace()
    ws.create(real, 'Real')
    addArticles(ws, 30, 80)
    ws.close()
    const original = readFileSync(real)
    const victim = join(dir, 'victim.factdesk')
    let opened = 0
    expectClean(
      await fuzz({
        name: 'project-file reader',
        seed: 7,
        cases: 600,
        timeoutMs: 3_000,
        generate: (rng) => {
          const b = Buffer.from(original)
          // Half the cases aim at the 100-byte header, where the reader decides what the file is.
          if (rng.chance(0.5)) {
            for (let i = rng.int(1, 4); i > 0; i--) b[rng.int(0, 99)] = rng.int(0, 255)
            return b
          }
          return mutate(rng, b)
        },
        run: (bytes) => {
          rmSync(victim, { force: true })
          for (const s of ['-wal', '-shm', '.lock']) rmSync(victim + s, { force: true })
          writeFileSync(victim, bytes)
          const p = ProjectFile.open(victim, { access: 'prefer-write', via: 'the fuzzer' })
          p.db.prepare('SELECT count(*) FROM articles').get()
          p.close()
          opened++
          return 'opened'
        },
        judge: ({ error }, bytes) => {
          if (!error) return null
          if (!(error instanceof FactdeskError)) return `threw ${String(error)}`
          if (!CLEAN_CODES.includes(error.code)) return `code ${error.code}: ${error.message}`
          if (error.message.includes('\n')) return 'message spans lines'
          // A refused file is left byte for byte as it was, with nothing new beside it.
          if (!readFileSync(victim).equals(bytes)) return `refused (${error.message}) but changed`
          const beside = readdirSync(dir).filter((f) => f !== 'real.factdesk' && f !== 'victim.factdesk')
          return beside.length ? `refused (${error.message}) but left ${beside.join(', ')}` : null
        }
      })
    )
    console.log(`project-file reader: ${opened} mutated files still opened, the rest refused cleanly`)
    copyFileSync(real, victim)
  }, 120_000)
})
