import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, contract } from '../../src/shared/contract'
import type { ErrorCode } from '../../src/shared/result'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers, type Handlers } from '../../src/main/services/handlers'
import type { Workspace } from '../../src/main/services/workspace'
import { startServer, TOKEN_HEADER, type RunningServer } from '../../src/main/server/httpServer'
import { cleanError, fuzz, malformedInputs, type MalformedCase } from './fuzz/harness'
import { Rng } from './fuzz/random'
import { newWorkspace } from './helpers'
import { browserRefusal } from '../../src/main/server/browserPolicy'

/**
 * Every contract entry, today's and whatever the other issues add, gets the same malformed
 * inputs through dispatch and through the loopback server: no throw, no crash, no internal
 * error, and invalid_input wherever the schema says no. Nothing here is per-entry.
 */
// Any answer but "internal": a clean domain error (not_found, conflict, io, …) is fine.
const CLEAN: ErrorCode[] = [
  'invalid_input',
  'not_found',
  'no_project',
  'not_a_project',
  'newer_version',
  'corrupt',
  'locked',
  'read_only',
  'io',
  'conflict',
  'cancelled',
  'unsupported'
]

let ws: Workspace
let handlers: Handlers
let file: string
let sandbox: string
let scratch: string
const cwd = process.cwd()
const home = process.env.HOME

beforeAll(() => {
  // Paths the fuzzer sends resolve inside a scratch folder, never in the repository or $HOME.
  // Shared by both tests, so not from useTempDirs (which empties after each test).
  scratch = mkdtempSync(join(tmpdir(), 'factdesk-fuzz-'))
  sandbox = join(scratch, 'cwd')
  mkdirSync(join(sandbox, 'Documents'), { recursive: true })
  process.chdir(sandbox)
  process.env.HOME = sandbox
  ws = newWorkspace()
  handlers = createHandlers(ws, { version: 'test', shell: 'browser' })
  file = join(sandbox, 'fuzzed.factdesk')
  ws.create(file, 'Fuzzed')
})
afterAll(() => {
  ws.close()
  process.chdir(cwd)
  process.env.HOME = home
  rmSync(scratch, { recursive: true, force: true })
})

/** Each channel meets a project holding an article, a passage and a claim with id 1. */
async function freshState() {
  if (!ws.isOpen || ws.file !== file) ws.open(file, 'write')
  const r = await dispatch(handlers, 'articles.list', {})
  if (r.ok && (r.value as unknown[]).length === 0) {
    await dispatch(handlers, 'articles.paste', {
      title: 'Fuzz base',
      body: 'The bridge will close on Monday for repairs.'
    })
    await dispatch(handlers, 'passages.tag', {
      articleId: 1,
      start: 0,
      end: 10,
      kind: 'claim',
      newClaimText: 'A claim'
    })
  }
}

function judge(r: unknown, c: MalformedCase): string | null {
  const wrong = cleanError(r, CLEAN)
  if (wrong) return `${c.why}: ${wrong}`
  const res = r as { ok: boolean; error?: { code: string } }
  if (c.invalid && (res.ok || res.error?.code !== 'invalid_input'))
    return `${c.why}: schema refuses it, but got ${JSON.stringify(r).slice(0, 200)}`
  return null
}

describe('every API entry against malformed input', () => {
  it(`through dispatch: ${CHANNELS.length} entries`, async () => {
    let total = 0
    const failures: string[] = []
    for (const [n, channel] of CHANNELS.entries()) {
      await freshState()
      const cases = malformedInputs(contract[channel].input, new Rng(1000 + n), 15)
      const report = await fuzz({
        name: `dispatch ${channel}`,
        seed: 1000 + n,
        cases: cases.length,
        timeoutMs: 5_000,
        generate: (_rng, i) => cases[i],
        run: (c) => dispatch(handlers, channel, c.input),
        judge: ({ value, error }, c) => (error ? `threw ${String(error)}` : judge(value, c))
      })
      total += report.cases
      failures.push(...report.failures)
    }
    expect(failures).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    console.log(`API fuzz through dispatch: ${total} cases over ${CHANNELS.length} entries`)
  }, 120_000)

  it('through the loopback server: JSON cases and random bytes on every /api route', async () => {
    const rendererDir = join(sandbox, 'renderer')
    mkdirSync(rendererDir, { recursive: true })
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Factdesk</title>')
    const server: RunningServer = await startServer({ handlers, rendererDir, token: 'fuzz-token-0123456789' })
    const post = async (channel: string, body: string | Buffer, type = 'application/json') => {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
        method: 'POST',
        headers: { [TOKEN_HEADER]: server.token, 'content-type': type },
        body
      })
      return { status: res.status, text: await res.text() }
    }
    let total = 0
    const failures: string[] = []
    try {
      for (const [n, channel] of CHANNELS.entries()) {
        await freshState()
        const cases = malformedInputs(contract[channel].input, new Rng(2000 + n), 10)
          .map((c) => ({ ...c, body: JSON.stringify(c.input) ?? '' }))
          // What arrives is the JSON round trip (NaN becomes null, undefined keys vanish).
          .map((c) => ({ ...c, input: c.body ? JSON.parse(c.body) : {} }))
          .map((c) => ({ ...c, invalid: !contract[channel].input.safeParse(c.input ?? {}).success }))
        const report = await fuzz({
          name: `http ${channel}`,
          seed: 2000 + n,
          cases: cases.length + 20,
          timeoutMs: 5_000,
          generate: (rng, i) => {
            if (i < cases.length) return cases[i]
            // Random bytes, sometimes inside a JSON-looking wrapper.
            const raw = rng.bytes(rng.int(0, 2_000))
            const body = rng.chance(0.5) ? raw : Buffer.concat([Buffer.from('{"id":'), raw, Buffer.from('}')])
            return { input: body, invalid: true, why: 'random bytes', body }
          },
          run: (c) => post(channel, c.body),
          judge: ({ value, error }, c) => {
            if (error) return `request failed: ${String(error)}`
            const { status, text } = value as { status: number; text: string }
            let parsed: unknown
            try {
              parsed = JSON.parse(text)
            } catch {
              return `status ${status}, body not JSON: ${text.slice(0, 100)}`
            }
            if (status === 400) return cleanError(parsed, ['invalid_input'])
            // Entries browser mode refuses outright (browserPolicy.ts) answer 403 with a clean Result.
            if (status === 403 && browserRefusal(channel, bodyValue(c.body))) return cleanError(parsed, ['unsupported'])
            if (status !== 200) return `status ${status}`
            // Random bytes that happen to parse are judged by the schema like any other input.
            if (typeof c.body === 'string') return judge(parsed, c)
            const input = safeJson(c.body)
            const invalid = input === undefined || !contract[channel].input.safeParse(input ?? {}).success
            return judge(parsed, { ...c, invalid })
          }
        })
        total += report.cases
        failures.push(...report.failures)
      }
      // Unknown and hostile route names answer cleanly too.
      for (const channel of [
        'nope',
        '__proto__',
        'constructor',
        '..%2F..%2Fetc%2Fpasswd',
        '%E0%A4%A',
        'a'.repeat(5000)
      ]) {
        const r = await post(channel, '{}')
        total++
        expect([200, 400]).toContain(r.status)
        expect(JSON.parse(r.text)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      }
      const alive = await post('app.info', '{}')
      expect(JSON.parse(alive.text)).toMatchObject({ ok: true })
    } finally {
      await server.close()
    }
    expect(failures).toEqual([])
    console.log(`API fuzz through HTTP: ${total} requests over ${CHANNELS.length} entries`)
  }, 180_000)
})

function safeJson(b: Buffer): unknown {
  try {
    const s = b.toString('utf8')
    return s.length ? JSON.parse(s) : {}
  } catch {
    return undefined
  }
}

function bodyValue(b: string | Buffer): unknown {
  try {
    return JSON.parse(String(b)) ?? {}
  } catch {
    return {}
  }
}
