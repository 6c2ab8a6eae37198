/** Every API entry answers with a Result instead of throwing across a transport. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'no_project'
  | 'not_a_project'
  | 'newer_version'
  | 'corrupt'
  | 'locked'
  | 'read_only'
  | 'io'
  | 'conflict'
  | 'cancelled'
  | 'unsupported'
  | 'internal'

export interface AppError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message }
})

/** Thrown inside services; the dispatcher turns it into a failed Result. */
export class FactdeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'FactdeskError'
  }
}
