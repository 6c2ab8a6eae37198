import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Payload {
  id: string
  class: string
  text: string
}

export const PAYLOADS: Payload[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'hostile', 'payloads.json'), 'utf8')
)

/** Where a payload that ran would phone home (TEST-NET-2: never routable). */
export const CANARY_HOST = '198.51.100.7'
