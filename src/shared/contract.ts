import type { z } from 'zod'
import { articleEntries } from './contract/articles'
import { editorialEntries } from './contract/editorial'
import { exportEntries } from './contract/export'
import { joinEntries } from './contract/entry'
import { matchingEntries } from './contract/matching'
import { layoutEntries } from './contract/layout'
import { libraryEntries } from './contract/library'
import { projectEntries } from './contract/project'
import type { ChannelTable } from './apiShape'

export { statusDefSchema } from './contract/project'

/** The one API contract: every domain's entries, joined once with duplicate names refused. */
export const contract = joinEntries(
  projectEntries,
  articleEntries,
  editorialEntries,
  libraryEntries,
  exportEntries,
  matchingEntries,
  layoutEntries
)

export type Contract = typeof contract
export type Channel = keyof Contract & string
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = Exclude<Contract[C]['output'], undefined>

export const CHANNELS = Object.keys(contract) as Channel[]

/** Each channel and whether it writes: all a client needs to build window.api, with no schemas. */
export function channelTable(): ChannelTable {
  return Object.fromEntries(CHANNELS.map((c) => [c, contract[c].writes])) as ChannelTable
}

export type { Api, ChannelTable } from './apiShape'
export { buildApi, splitChannel } from './apiShape'
