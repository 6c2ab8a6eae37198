import type { Channel, InputOf, OutputOf } from './contract'
import type { Result } from './result'

/**
 * window.api's shape, kept apart from the contract's schemas: only type imports from the
 * contract, so the renderer and the preload build their API without loading zod (which was half
 * of the renderer's script and a good part of its start-up).
 */
type Split<S extends string> = S extends `${infer D}.${infer A}` ? [D, A] : never
type Domains = Split<Channel>[0]
export type Api = {
  [D in Domains]: {
    [C in Channel as Split<C>[0] extends D ? Split<C>[1] : never]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>
  }
}

/** Channel → whether it writes; built from the contract at build time (see electron.vite.config.ts). */
export type ChannelTable = Record<Channel, boolean>

export function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.')
  return [channel.slice(0, dot), channel.slice(dot + 1)]
}

/** Builds window.api from one function per channel; used by the preload and the HTTP client. */
export function buildApi(channels: ChannelTable, call: (channel: Channel, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of Object.keys(channels) as Channel[]) {
    const [domain, action] = splitChannel(channel)
    api[domain] ??= {}
    api[domain][action] = (input: unknown) => call(channel, input ?? {})
  }
  return api as unknown as Api
}
