import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCrashLoop } from './crash/crashLoop'
import { REPO_ROOT } from './helpers'

const built = existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))

// The full count runs in `node scripts/crash-loop.mjs --kills 60`; npm test keeps short loops,
// half of whose kills are aimed inside a call (crashLoop.ts), so a write that is not one
// transaction fails them.
describe('crash safety', () => {
  it('survives SIGKILL of the services at seeded moments with every acknowledged write intact', async () => {
    const r = await runCrashLoop({ kills: 12, seed: 8 })
    expect(r.kills).toBe(12)
    expect(r.killedInWrite).toBeGreaterThan(3)
    expect(r.acknowledged).toBeGreaterThan(0)
    expect(r.verified).toBe(r.acknowledged)
  }, 60_000)

  it.skipIf(!built)(
    'survives SIGKILL of factdesk serve during HTTP writes',
    async () => {
      const r = await runCrashLoop({ kills: 6, seed: 9, writer: 'serve' })
      expect(r.kills).toBe(6)
      expect(r.acknowledged).toBeGreaterThan(0)
      expect(r.verified).toBe(r.acknowledged)
    },
    60_000
  )

  it('survives SIGKILL of factdesk CLI commands (import, tag, status, settings)', async () => {
    const r = await runCrashLoop({ kills: 6, seed: 10, writer: 'cli' })
    expect(r.kills).toBe(6)
    expect(r.acknowledged).toBeGreaterThan(0)
    expect(r.verified).toBe(r.acknowledged)
  }, 60_000)
})
