import { z } from 'zod'
import { MAX_PATH, MAX_SHORT_TEXT, MAX_TITLE } from '../limits'

/**
 * One API entry: its input schema, its output type (phantom), and whether it writes. Every
 * transport (Electron IPC, loopback HTTP, CLI) is derived from the entries, so none can be
 * wired into one transport and forgotten in another.
 */
export interface Entry<I extends z.ZodType, O> {
  input: I
  /** Phantom field: carries the output type only. */
  output?: O
  /** Entries that change the project need the writer lock. */
  writes: boolean
}

export const entry = <O>() => ({
  read: <I extends z.ZodType>(input: I): Entry<I, O> => ({ input, writes: false }),
  write: <I extends z.ZodType>(input: I): Entry<I, O> => ({ input, writes: true })
})

export const id = z.number().int().positive()
// No NUL: the OS would cut the path there (node refuses it with a TypeError, not a clean error).
export const filePath = z
  .string()
  .min(1)
  .max(MAX_PATH)
  .refine((s) => !s.includes('\0'), 'a path cannot contain a NUL character')
export const none = z.object({}).strict()
export const optionalText = (max: number) => z.string().max(max).nullable().optional()
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected a date as YYYY-MM-DD')

/**
 * http(s) only: an address is shown, exported and opened in the system browser, and a
 * javascript:, data: or file: URL must never get that far.
 */
export const webAddress = z
  .url({ protocol: /^https?$/, message: 'a web address must start with http:// or https://' })
  .max(MAX_PATH)

export const articleMeta = z
  .object({
    title: z.string().trim().min(1, 'an article needs a title').max(MAX_TITLE),
    outlet: optionalText(MAX_SHORT_TEXT),
    author: optionalText(MAX_SHORT_TEXT),
    url: webAddress.nullable().optional(),
    publishedAt: isoDate.nullable().optional(),
    language: optionalText(35)
  })
  .strict()

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntryMap = Record<string, Entry<z.ZodType, any>>

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never

/** Joins the per-domain entry maps, refusing a name that two domains both declare. */
export function joinEntries<const P extends EntryMap[]>(...parts: P): UnionToIntersection<P[number]> {
  const all: EntryMap = {}
  for (const part of parts) {
    for (const [name, e] of Object.entries(part)) {
      if (name in all) throw new Error(`API entry "${name}" is declared twice`)
      if (!/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/.test(name)) throw new Error(`API entry "${name}" must be named domain.action`)
      all[name] = e
    }
  }
  return all as UnionToIntersection<P[number]>
}
