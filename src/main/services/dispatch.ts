import { contract, type Channel } from '../../shared/contract'
import { fail, FactdeskError, ok, type Result } from '../../shared/result'
import type { Handlers } from './handlers'

const SLOW_CALL_MS = 200

/**
 * Where slow calls are reported: the app and browser mode log them for diagnosis; the CLI turns
 * this off so its stderr holds only the one-line reason of a failure.
 */
let reportSlowCall: ((message: string) => void) | null = (message) => console.warn(message)

export function setSlowCallReporter(reporter: ((message: string) => void) | null): void {
  reportSlowCall = reporter
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/**
 * The single entry every transport goes through: validate, call, wrap. Whatever a caller sends,
 * the answer is a Result; nothing thrown here reaches the transport.
 */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel))
    return fail('invalid_input', `unknown API entry ${JSON.stringify(String(channel)).slice(0, 80)}`)
  const parsed = contract[channel].input.safeParse(input ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return fail('invalid_input', `${channel}: ${where}${issue?.message ?? 'invalid input'}`)
  }
  const started = performance.now()
  try {
    const handler = handlers[channel] as (i: unknown) => unknown
    const value = await handler(parsed.data)
    return ok(value === undefined ? null : value)
  } catch (e) {
    if (e instanceof FactdeskError) return fail(e.code, e.message)
    console.error(`[factdesk] ${channel} failed:`, e)
    return fail('internal', `${channel} failed: ${e instanceof Error ? e.message : String(e)}`)
  } finally {
    const ms = performance.now() - started
    if (ms > SLOW_CALL_MS) reportSlowCall?.(`[factdesk] slow call ${channel}: ${ms.toFixed(0)} ms`)
  }
}
