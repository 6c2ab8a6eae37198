import type { z } from 'zod'
import type { Result } from './result'
import { articleEntries } from './contract/articles'
import { editorialEntries } from './contract/editorial'
import { exportEntries } from './contract/export'
import { joinEntries } from './contract/entry'
import { matchingEntries } from './contract/matching'
import { libraryEntries } from './contract/library'
import { projectEntries } from './contract/project'

export { statusDefSchema } from './contract/project'

/** The one API contract: every domain's entries, joined once with duplicate names refused. */
export const contract = joinEntries(
  projectEntries,
  articleEntries,
  editorialEntries,
  libraryEntries,
  exportEntries,
  matchingEntries
)

export type Contract = typeof contract
export type Channel = keyof Contract & string
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = Exclude<Contract[C]['output'], undefined>

export const CHANNELS = Object.keys(contract) as Channel[]

/** window.api as the renderer sees it: api.project.open({file}) and so on. */
type Split<S extends string> = S extends `${infer D}.${infer A}` ? [D, A] : never
type Domains = Split<Channel>[0]
export type Api = {
  [D in Domains]: {
    [C in Channel as Split<C>[0] extends D ? Split<C>[1] : never]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>
  }
}

export function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.')
  return [channel.slice(0, dot), channel.slice(dot + 1)]
}

/** Builds window.api from one function per channel; used by the preload and the HTTP client. */
export function buildApi(call: (channel: Channel, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const [domain, action] = splitChannel(channel)
    api[domain] ??= {}
    api[domain][action] = (input: unknown) => call(channel, input ?? {})
  }
  return api as unknown as Api
}
