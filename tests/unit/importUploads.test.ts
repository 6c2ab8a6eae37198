import { describe, expect, it } from 'vitest'
import { ImportJobs } from '../../src/main/services/import/jobs'
import { useTempDirs } from './helpers'
import { useProject } from './serviceHarness'

const tempDir = useTempDirs()
const h = useProject(tempDir)

const KB = 1024
const file = (name: string, size: number) => ({ name, data: Buffer.alloc(size, 'a').toString('base64') })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('browser uploads never started', () => {
  it('are capped together, and the upload that would pass the cap is refused and freed', () => {
    const jobs = new ImportJobs(h.ws, { maxStagedBytes: 1024 * KB, ttlMs: 60_000 })
    const a = jobs.stage(undefined, [file('a.txt', 600 * KB)])
    expect(jobs.stagedBytes).toBe(600 * KB)
    expect(() => jobs.stage(undefined, [file('b.txt', 300 * KB), file('c.txt', 300 * KB)])).toThrow(
      'uploads waiting to be imported would pass 1 MB; import fewer files at a time'
    )
    expect(jobs.stagedBytes).toBe(600 * KB)
    // What fits still fits, and a started upload no longer counts.
    jobs.stage(a, [file('d.txt', 400 * KB)])
    expect(jobs.stagedBytes).toBe(1000 * KB)
    jobs.startStaged(a)
    expect(jobs.stagedBytes).toBe(0)
  })

  it('expire, even when no other upload comes', async () => {
    const jobs = new ImportJobs(h.ws, { maxStagedBytes: 1024 * KB, ttlMs: 200 })
    const a = jobs.stage(undefined, [file('a.txt', 500 * KB)])
    expect(jobs.stagedBytes).toBe(500 * KB)
    await sleep(500)
    expect(jobs.stagedBytes).toBe(0)
    expect(() => jobs.stage(a, [file('b.txt', 1)])).toThrow('that upload has expired')
    expect(() => jobs.startStaged(a)).toThrow('that upload has expired')
  })

  it('default to 10 minutes and 256 MB in all', async () => {
    const { DEFAULT_UPLOAD_LIMITS } = await import('../../src/main/services/import/jobs')
    expect(DEFAULT_UPLOAD_LIMITS).toEqual({ maxStagedBytes: 256 * 1024 * KB, ttlMs: 600_000 })
  })
})
