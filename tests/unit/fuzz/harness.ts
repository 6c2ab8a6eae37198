// The fuzz harness: a target is a name, a seeded case generator and a runner; every case must
// finish inside its time bound and be judged clean (a value or a clear error), never a crash.
// Importers (issue 3) plug in as one more target: generate bytes, run the importer, judge.
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { Rng } from './random'

export interface FuzzTarget<C> {
  name: string
  seed: number
  cases: number
  /** Per case; a synchronous target is judged by its elapsed time after it returns. */
  timeoutMs?: number
  /**
   * The process's peak RSS may not pass this (read after each case, so a case that balloons and
   * frees is still caught): a time bound alone let a bomb take gigabytes within it.
   */
  maxRssMb?: number
  generate(rng: Rng, index: number): C
  run(input: C): unknown
  /** Returns null when the outcome is clean, otherwise what was wrong. */
  judge(outcome: { value?: unknown; error?: unknown }, input: C): string | null
}

export interface FuzzReport {
  name: string
  cases: number
  failures: string[]
  slowest: number
  /** The process's peak RSS at the end, in MB. */
  peakRssMb: number
}

const describeCase = (input: unknown) => {
  if (Buffer.isBuffer(input))
    return `${input.length} bytes, sha256 ${createHash('sha256').update(input).digest('hex').slice(0, 16)}`
  try {
    const s = typeof input === 'string' ? input : JSON.stringify(input)
    return (s ?? String(input)).slice(0, 160)
  } catch {
    return String(input).slice(0, 160)
  }
}

export async function fuzz<C>(t: FuzzTarget<C>): Promise<FuzzReport> {
  const rng = new Rng(t.seed)
  const bound = t.timeoutMs ?? 2_000
  const report: FuzzReport = { name: t.name, cases: 0, failures: [], slowest: 0, peakRssMb: peakRssMb() }
  for (let i = 0; i < t.cases; i++) {
    const input = t.generate(rng, i)
    const started = performance.now()
    let outcome: { value?: unknown; error?: unknown }
    let timer: NodeJS.Timeout | undefined
    try {
      const value = await Promise.race([
        Promise.resolve().then(() => t.run(input)),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new HangError(bound)), bound)))
      ])
      outcome = { value }
    } catch (error) {
      outcome = { error }
    } finally {
      clearTimeout(timer)
    }
    const ms = performance.now() - started
    report.slowest = Math.max(report.slowest, ms)
    report.cases++
    const where = `${t.name} #${i} (seed ${t.seed}): ${describeCase(input)}`
    if (outcome.error instanceof HangError || ms > bound) {
      report.failures.push(`${where}: took ${ms.toFixed(0)} ms, bound ${bound} ms`)
      continue
    }
    const wrong = t.judge(outcome, input)
    if (wrong) report.failures.push(`${where}: ${wrong}`)
    const peak = peakRssMb()
    if (t.maxRssMb && peak > t.maxRssMb && report.peakRssMb <= t.maxRssMb) {
      report.failures.push(`${where}: peak RSS ${peak} MB, bound ${t.maxRssMb} MB`)
    }
    report.peakRssMb = peak
  }
  return report
}

/** maxRSS is in kilobytes (Linux and macOS alike in Node's resourceUsage). */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

class HangError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`)
  }
}

/** A result-shaped answer ({ok:false,error:{code,message}}) whose message is one clear line. */
export function cleanError(r: unknown, allowed: readonly string[]): string | null {
  const res = r as { ok?: boolean; error?: { code?: unknown; message?: unknown } }
  if (!res || typeof res !== 'object' || typeof res.ok !== 'boolean') return `not a Result: ${describeCase(r)}`
  if (res.ok) return null
  const { code, message } = res.error ?? {}
  if (typeof code !== 'string' || !allowed.includes(code)) return `error code ${String(code)}: ${String(message)}`
  if (typeof message !== 'string' || message.length === 0 || message.includes('\n')) return `unclear message ${message}`
  return null
}

// ---------------------------------------------------------------------------------------------
// Malformed inputs for any zod object schema, so every contract entry (today's and those the
// other issues add) is fuzzed with no per-entry code.

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } }

/** The object shape behind refinements, pipes and optionals, or null for a non-object schema. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  let s: AnySchema | undefined = schema as AnySchema
  for (let depth = 0; s && depth < 10; depth++) {
    const def = s._zod.def
    if (def.type === 'object') return def.shape as Record<string, z.ZodType>
    s = (def.innerType ?? def.in ?? def.schema) as AnySchema | undefined
  }
  return null
}

export const HUGE = 'x'.repeat(300_000)

/** Values of every JSON type and the numeric and string edges. */
export function oddValues(): unknown[] {
  return [
    null,
    true,
    0,
    -1,
    -0,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    2 ** 53 + 1,
    1e308,
    -1e308,
    '',
    ' ',
    '-1',
    '1',
    'null',
    '\u0000',
    '\u202e\u0000<script>',
    HUGE,
    [],
    [1, 2, 3],
    {},
    { id: 1 },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    deep(1_500)
  ]
}

export function deep(levels: number): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < levels; i++) v = { a: [v] }
  return v
}

export interface MalformedCase {
  input: unknown
  /** True when the schema itself says no: dispatch must answer invalid_input. */
  invalid: boolean
  why: string
}

/**
 * Inputs a caller should never get through: the wrong shape entirely, each key with each odd
 * value, keys missing, keys added (including prototype keys), plus seeded random objects.
 */
export function malformedInputs(schema: z.ZodType, rng: Rng, randomCount = 30): MalformedCase[] {
  const out: MalformedCase[] = []
  // dispatch reads a missing input (null, undefined) as {}, as the transports send nothing for "no input".
  const judge = (input: unknown, why: string) =>
    out.push({ input, invalid: !schema.safeParse(input ?? {}).success, why })
  for (const v of [...oddValues(), 'a string', 42, [{}]]) judge(v, `whole input ${typeof v}`)
  const shape = shapeOf(schema) ?? {}
  const keys = Object.keys(shape)
  const base: Record<string, unknown> = {}
  for (const k of keys) base[k] = plausible(k)
  judge(base, 'plausible values')
  for (const k of keys) {
    for (const v of oddValues()) judge({ ...base, [k]: v }, `${k} = odd value`)
    const { [k]: _gone, ...rest } = base
    judge(rest, `${k} missing`)
  }
  judge({ ...base, extra: 1 }, 'extra key')
  const rest = JSON.stringify(base).slice(1)
  judge(JSON.parse(`{"__proto__": {"polluted": true}${rest === '}' ? '' : ','} ${rest}`), '__proto__ key')
  judge({ ...base, constructor: 'x', toString: 1, hasOwnProperty: 2 }, 'prototype method keys')
  for (let i = 0; i < randomCount; i++) {
    const obj: Record<string, unknown> = {}
    const odd = oddValues()
    for (const k of keys) if (rng.chance(0.7)) obj[k] = rng.chance(0.5) ? plausible(k) : rng.pick(odd)
    if (rng.chance(0.2)) obj[rng.words(1, 'k')] = rng.pick(odd)
    judge(obj, 'random')
  }
  return out
}

/** A value of roughly the right kind for a key, so other keys' checks are reached too. */
function plausible(key: string): unknown {
  if (/id$/i.test(key) || key === 'start' || key === 'limit') return 1
  if (key === 'end') return 5
  if (key === 'file') return 'fuzz-target.factdesk'
  if (key === 'kind') return 'claim'
  if (key === 'overwrite') return false
  if (key === 'statuses') return [{ key: 'true', label: 'True', rating: 5, retired: false }]
  if (key === 'url' || key === 'publisherUrl') return 'https://example.invalid/a'
  if (key === 'publishedAt') return '2026-03-02'
  return 'Fuzz text'
}

// ---------------------------------------------------------------------------------------------
// Mutations of a real input (a sample article, a project file, later an HTML or PDF file).

const TOKENS = [
  '\u0000',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\r',
  '\r\n\r\n',
  '\ud800',
  '<script>',
  ']]>',
  '<!--',
  '%PDF-',
  '{"a":',
  '\\u0000'
].map((t) => Buffer.from(t, 'utf8'))

export function mutate(rng: Rng, input: Buffer): Buffer {
  let b = Buffer.from(input)
  const rounds = rng.int(1, 6)
  for (let r = 0; r < rounds; r++) {
    const at = b.length ? rng.int(0, b.length - 1) : 0
    switch (rng.int(0, 6)) {
      case 0: // flip bits
        if (b.length) b[at] ^= 1 << rng.int(0, 7)
        break
      case 1: // random bytes in
        b = Buffer.concat([b.subarray(0, at), rng.bytes(rng.int(1, 64)), b.subarray(at)])
        break
      case 2: // a range out
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + rng.int(1, 4096)))])
        break
      case 3: // a range repeated
        b = Buffer.concat([
          b.subarray(0, at + 1),
          b.subarray(at, Math.min(b.length, at + rng.int(1, 512))),
          b.subarray(at)
        ])
        break
      case 4: // cut short
        b = b.subarray(0, at)
        break
      case 5: // a hostile token
        b = Buffer.concat([b.subarray(0, at), rng.pick(TOKENS), b.subarray(at)])
        break
      default: // overwrite a run with one byte
        b.fill(rng.pick([0, 0xff, 0x20, 0x0a]), at, Math.min(b.length, at + rng.int(1, 256)))
    }
  }
  return b
}
