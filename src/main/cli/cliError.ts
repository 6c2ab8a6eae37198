/** A usage mistake: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** An operation that failed: exit code 1 and its one-line reason. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliFailure'
  }
}
