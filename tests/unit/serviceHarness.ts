import { join } from 'node:path'
import { afterEach, beforeEach, expect } from 'vitest'
import type { Result } from '../../src/shared/result'
import { dispatch } from '../../src/main/services/dispatch'
import { createHandlers, type Handlers } from '../../src/main/services/handlers'
import type { Workspace } from '../../src/main/services/workspace'
import { newWorkspace } from './helpers'

export interface Harness {
  ws: Workspace
  handlers: Handlers
  file: string
  /** Dispatches and returns the value, failing the test on an error Result. */
  call<T>(channel: string, input?: unknown): Promise<T>
  /** Dispatches and returns the error, failing the test on success. */
  failure(channel: unknown, input?: unknown): Promise<{ code: string; message: string }>
}

/** A fresh project in a temp folder before each test, driven through createHandlers + dispatch. */
export function useProject(tempDir: () => string): Harness {
  const h = {} as Harness
  beforeEach(() => {
    h.ws = newWorkspace()
    h.handlers = createHandlers(h.ws, { version: 'test', shell: 'browser' })
    h.file = join(tempDir(), 'story.factdesk')
    h.ws.create(h.file, 'Bridge story')
  })
  afterEach(() => h.ws.close())
  h.call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const r = await dispatch(h.handlers, channel, input)
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`)
    return r.value as T
  }
  h.failure = async (channel: unknown, input?: unknown) => {
    const r = await dispatch(h.handlers, channel, input)
    expect(r.ok, `${String(channel)} should fail`).toBe(false)
    return (r as Extract<Result<unknown>, { ok: false }>).error
  }
  return h
}
