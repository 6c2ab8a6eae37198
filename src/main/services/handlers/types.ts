import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/contract'
import type { ShellHooks } from '../shellHooks'
import type { Workspace } from '../workspace'

export type HandlerFor<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>

/** Handlers for the channels whose names start with one of the given domains. */
export type DomainHandlers<D extends string> = {
  [C in Channel as C extends `${D}.${string}` ? C : never]: HandlerFor<C>
}

export interface AppMeta {
  version: string
  shell: 'electron' | 'browser'
}

export interface HandlerDeps {
  ws: Workspace
  meta: AppMeta
  shell: ShellHooks | null
}
