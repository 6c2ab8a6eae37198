/** The import size limit unless a project sets its own; it bounds a file and the text read out of it. */
export const DEFAULT_IMPORT_MAX_BYTES = 20 * 1024 * 1024

/** What one importer reads out of one file: plain text plus whatever metadata the file offers. */
export interface ParsedArticle {
  title: string
  body: string
  outlet?: string | null
  author?: string | null
  url?: string | null
  publishedAt?: string | null
  language?: string | null
  /** The normalised body's hash, when the worker has normalised it (see worker.ts). */
  contentHash?: string
}

/** A file an importer cannot take, with the one-line reason the summary shows. */
export class ImportRefusal extends Error {
  constructor(
    readonly kind: 'skipped' | 'failed',
    message: string
  ) {
    super(message)
  }
}

/** Text read out of a file past the import limit (a compression bomb, a PDF repeating one page). */
export const textTooLarge = (maxBytes: number) =>
  new ImportRefusal('failed', `its text is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB import limit`)

export const refuse = (message: string): never => {
  throw new ImportRefusal('failed', message)
}

/** A date as YYYY-MM-DD from the many shapes files use, or null when it is not one. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const v = value.trim()
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(v)
  if (direct) return `${direct[1]}-${direct[2]}-${direct[3]}`
  // PDF dates: D:YYYYMMDDHHmmSS
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(v)
  if (pdf) return `${pdf[1]}-${pdf[2]}-${pdf[3]}`
  const t = Date.parse(v)
  if (Number.isNaN(t)) return null
  return new Date(t).toISOString().slice(0, 10)
}

/** The first non-empty line, trimmed and shortened, as a title of last resort. */
export function firstLineTitle(body: string, fallback: string): string {
  const line =
    body
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? ''
  const t = line || fallback
  return t.length > 200 ? `${t.slice(0, 199)}…` : t
}
