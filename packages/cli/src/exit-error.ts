/** An error that ends the command with an exit code and a message for the user, never a stack trace. */
export class ExitError extends Error {
  override name = 'ExitError'

  constructor(
    /** 1 for lint failures, 2 when the command could not run. */
    readonly exitCode: 1 | 2,
    message: string,
    /** Whether to point the user at `fsflow --help` (for mistakes in the arguments). */
    readonly showUsageHint = false,
  ) {
    super(message)
  }
}

/** Bad arguments: exit 2, with a pointer to the help. */
export function usageError(message: string): ExitError {
  return new ExitError(2, message, true)
}
