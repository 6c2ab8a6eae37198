import { describe, expect, it } from 'vitest'
import { runCrashLoop } from './crash/crashLoop'

// The full count runs in `node scripts/crash-loop.mjs --kills 60`; npm test keeps a short loop.
describe('crash safety', () => {
  it('survives SIGKILL at seeded random moments with every acknowledged write intact', async () => {
    const r = await runCrashLoop({ kills: 8, seed: 8 })
    expect(r.kills).toBe(8)
    expect(r.acknowledged).toBeGreaterThan(0)
    expect(r.verified).toBe(r.acknowledged)
  }, 120_000)
})
