import { execFileSync } from 'node:child_process'
import { existsSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBounded } from './boundedCli'
import { useTempDirs } from './helpers'

const tempDir = useTempDirs()

interface Summary {
  imported: unknown[]
  failed: { source: string; error: string }[]
}

async function newProject(dir: string): Promise<string> {
  const project = join(dir, 'p.factdesk')
  expect((await runBounded(dir, ['new', project], { timeoutMs: 30_000 })).code).toBe(0)
  return project
}

describe('paths that are not regular files', () => {
  it('refuses a device, a named pipe, a link loop and an overlong name, each with its reason', async () => {
    const dir = tempDir()
    const project = await newProject(dir)
    const fifo = join(dir, 'x.txt')
    execFileSync('mkfifo', [fifo])
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'))
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'))
    const long = join(dir, `${'n'.repeat(300)}.txt`)
    const good = join(dir, 'good.txt')
    writeFileSync(good, 'Harbour report\n\nThe ferry ran late on Monday.')
    // Before: /dev/zero read for 40 s into 4.75 GB, the pipe hung for good.
    const run = await runBounded(
      dir,
      ['import', project, '/dev/zero', fifo, join(dir, 'loop-a'), long, good, '--json'],
      { timeoutMs: 30_000 }
    )
    expect(run.killed).toBe(false)
    const out = JSON.parse(run.stdout) as Summary
    expect(out.imported).toHaveLength(1)
    expect(out.failed).toEqual([
      { source: '/dev/zero', error: 'not a regular file (a device)' },
      { source: fifo, error: 'not a regular file (a named pipe)' },
      { source: join(dir, 'loop-a'), error: expect.stringContaining('too many levels of symbolic links') },
      { source: long, error: expect.stringContaining('the name is too long') }
    ])
    expect(run.code).toBe(1)
    if (run.peakRssMb !== null) expect(run.peakRssMb).toBeLessThan(600)
  }, 60_000)

  it('refuses a named pipe, a link loop or an overlong name as the project, for info and import', async () => {
    const dir = tempDir()
    const fifo = join(dir, 'pipe.factdesk')
    execFileSync('mkfifo', [fifo])
    symlinkSync(join(dir, 'loop-b.factdesk'), join(dir, 'loop-a.factdesk'))
    symlinkSync(join(dir, 'loop-a.factdesk'), join(dir, 'loop-b.factdesk'))
    const text = join(dir, 'a.txt')
    writeFileSync(text, 'A title\n\nSome text.')
    const cases: [string, RegExp][] = [
      [fifo, /is a named pipe, not a Factdesk project/],
      [join(dir, 'loop-a.factdesk'), /too many levels of symbolic links/],
      [join(dir, `${'n'.repeat(300)}.factdesk`), /the name is too long/]
    ]
    for (const [project, reason] of cases) {
      for (const args of [
        ['info', project],
        ['import', project, text]
      ]) {
        const run = await runBounded(dir, args, { timeoutMs: 20_000 })
        expect(run.killed, `${args[0]} on ${project} hung`).toBe(false)
        expect(run.code).toBe(1)
        expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(reason)])
      }
    }
    // Nothing was made beside the pipe (no -wal, -shm or lock).
    expect(['-wal', '-shm', '.lock'].filter((s) => existsSync(fifo + s))).toEqual([])
  }, 120_000)
})

describe('a file that takes too long to read', () => {
  it('is refused, and `factdesk import` still exits', async () => {
    const dir = tempDir()
    const project = await newProject(dir)
    const paragraph = `<p>${'The harbour inspection found corrosion on the cable bands. '.repeat(20)}</p>`
    const huge = join(dir, 'huge.html')
    writeFileSync(huge, `<html><body><article>${paragraph.repeat(6_000)}</article></body></html>`)
    // Before: the worker started to replace the runaway one kept the process alive for good.
    const run = await runBounded(dir, ['import', project, huge, '--json'], {
      timeoutMs: 30_000,
      env: { FACTDESK_PARSE_TIMEOUT_MS: '200' }
    })
    expect(run.killed).toBe(false)
    expect((JSON.parse(run.stdout) as Summary).failed).toEqual([{ source: huge, error: 'took too long to read' }])
    expect(run.code).toBe(1)
  }, 60_000)
})
