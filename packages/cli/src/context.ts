/** Where a command writes: the standard output or error, or a stand-in for them in tests. */
export interface Output {
  write: (text: string) => void
  /** Whether this output wants ANSI colours. */
  color: boolean
}

/** What a command runs in. */
export interface CommandContext {
  /** Relative paths are resolved against it, and printed relative to it. */
  cwd: string
  stdout: Output
  stderr: Output
  /** The environment variables a command reads (GITHUB_STEP_SUMMARY); none when absent. */
  env?: Readonly<Record<string, string | undefined>>
}

/** 0 no errors, 1 lint errors (or too many warnings), 2 the command could not run. */
export type ExitCode = 0 | 1 | 2

/**
 * Colour for a terminal only, as the NO_COLOR and FORCE_COLOR conventions ask: FORCE_COLOR wins
 * (`0` or `false` turn colour off), then a non-empty NO_COLOR turns it off.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force)
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return stream.isTTY === true
}

function processOutput(stream: NodeJS.WriteStream): Output {
  // A reader that stops early (`fsflow lint flows | head`) closes the pipe: not an error of ours.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  return {
    write: (text) => {
      stream.write(text)
    },
    color: wantsColor(stream, process.env),
  }
}

/** The real process: its working directory, standard output and standard error. */
export function processContext(): CommandContext {
  return { cwd: process.cwd(), stdout: processOutput(process.stdout), stderr: processOutput(process.stderr), env: process.env }
}
